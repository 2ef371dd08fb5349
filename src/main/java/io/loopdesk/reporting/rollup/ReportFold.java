package io.loopdesk.reporting.rollup;

import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds marked tickets into the rollups: derives each one's fact again, adds the difference between its new and its
 * old contributions to the rollup rows, and keeps the new fact. Runs on one node at a time (a db-scheduler task,
 * {@link ReportFoldTimer}); within a node one fold at a time.
 */
@Service
public class ReportFold {

    private static final Logger log = LoggerFactory.getLogger(ReportFold.class);

    /** Tickets per transaction: one read of each source and a few hundred rollup rows per batch. */
    static final int BATCH = 500;

    private final Marks marks;
    private final FactSources sources;
    private final FactStore facts;
    private final RollupStore rollups;
    private final TermCounts terms;
    private final BacklogStore backlog;
    private final Tenants tenants;
    private final TransactionTemplate transactions;

    ReportFold(
            Marks marks,
            FactSources sources,
            FactStore facts,
            RollupStore rollups,
            TermCounts terms,
            BacklogStore backlog,
            Tenants tenants,
            PlatformTransactionManager transactionManager) {
        this.marks = marks;
        this.sources = sources;
        this.facts = facts;
        this.rollups = rollups;
        this.terms = terms;
        this.backlog = backlog;
        this.tenants = tenants;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Folds every marked ticket; returns how many were folded. */
    public synchronized int foldPending() {
        int folded = 0;
        long after = Long.MIN_VALUE;
        int passes = 1;
        while (true) {
            List<Marks.Mark> batch = marks.pending(after, BATCH);
            if (batch.isEmpty()) {
                if (after == Long.MIN_VALUE || passes == 2) {
                    return folded;
                }
                // tickets marked behind the cursor while this pass ran: one more pass from the start; what is marked
                // after that waits for the next run, so a storm of changes does not keep one run going
                after = Long.MIN_VALUE;
                passes++;
                continue;
            }
            after = batch.getLast().ticketId();
            Map<Long, List<Marks.Mark>> byTenant = batch.stream()
                    .collect(Collectors.groupingBy(Marks.Mark::tenantId, LinkedHashMap::new, Collectors.toList()));
            byTenant.forEach((tenantId, tenantMarks) -> TenantScope.inTenant(
                    tenantId,
                    () -> transactions.executeWithoutResult(status -> {
                        fold(tenantId, tenantMarks);
                        marks.clear(tenantMarks);
                    })));
            folded += batch.size();
        }
    }

    private void fold(long tenantId, List<Marks.Mark> tenantMarks) {
        ZoneId zone = zone(tenantId);
        List<Long> ids = tenantMarks.stream().map(Marks.Mark::ticketId).toList();
        Map<Long, TicketFact> now = sources.derive(tenantId, ids).stream()
                .collect(Collectors.toMap(TicketFact::ticketId, Function.identity()));
        Map<Long, FactStore.Folded> before = facts.read(tenantId, ids);

        Map<RollupKey, Tally> delta = new HashMap<>();
        Map<TermKey, Long> termDelta = new HashMap<>();
        Map<BacklogKey, Long> backlogDelta = new HashMap<>();
        List<TicketFact> changed = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        for (long id : ids) {
            FactStore.Folded old = before.get(id);
            TicketFact fact = now.get(id);
            if (fact == null && old == null) {
                continue;
            }
            if (old != null && old.fact().equals(fact) && old.zone().equals(zone)) {
                continue;
            }
            TicketFact oldFact = old == null ? null : old.fact();
            ZoneId oldZone = old == null ? zone : old.zone();
            Contributions.difference(oldFact, fact, oldZone, zone)
                    .forEach((key, tally) ->
                            delta.computeIfAbsent(key, k -> new Tally()).merge(tally));
            Contributions.termDifference(oldFact, fact, oldZone, zone)
                    .forEach((key, count) -> termDelta.merge(key, count, Long::sum));
            Contributions.backlogDifference(oldFact, fact, oldZone, zone)
                    .forEach((key, count) -> backlogDelta.merge(key, count, Long::sum));
            if (fact == null) {
                gone.add(id);
            } else {
                changed.add(fact);
            }
        }
        apply(tenantId, delta);
        termDelta.values().removeIf(count -> count == 0);
        terms.add(tenantId, termDelta);
        backlogDelta.values().removeIf(count -> count == 0);
        backlog.add(tenantId, backlogDelta);
        facts.save(changed, zone, before.keySet());
        if (!gone.isEmpty()) {
            facts.delete(gone);
        }
    }

    private void apply(long tenantId, Map<RollupKey, Tally> delta) {
        if (delta.isEmpty()) {
            return;
        }
        for (RollupStore.Span span : RollupStore.Span.values()) {
            Map<RollupKey, Tally> spanDelta = in(span, delta);
            Set<LocalDate> days = new HashSet<>();
            spanDelta.keySet().forEach(key -> days.add(key.day()));
            Map<RollupKey, Tally> rows = rollups.readDays(span, tenantId, days);
            Set<RollupKey> existing = Set.copyOf(rows.keySet());
            Map<RollupKey, Tally> changed = new HashMap<>();
            spanDelta.forEach((key, tally) -> {
                Tally row = rows.computeIfAbsent(key, k -> new Tally()).merge(tally);
                changed.put(key, row);
            });
            rollups.write(span, changed, existing);
        }
    }

    /** Day rows as they are, or summed into the rows of their months. */
    private static Map<RollupKey, Tally> in(RollupStore.Span span, Map<RollupKey, Tally> dayRows) {
        if (span == RollupStore.Span.DAY) {
            return dayRows;
        }
        Map<RollupKey, Tally> rows = new HashMap<>();
        dayRows.forEach((key, tally) ->
                rows.computeIfAbsent(span.of(key), k -> new Tally()).merge(tally));
        return rows;
    }

    /**
     * Rebuilds the tenant's rollups, word counts and open backlog from the facts as folded and corrects every row that differs: the nightly check
     * that the rollups still add up. Returns how many rows were corrected.
     */
    public synchronized int reconcile(long tenantId) {
        Integer corrected = transactions.execute(status -> {
            Map<RollupKey, Tally> expected = new HashMap<>();
            Map<TermKey, Long> expectedTerms = new HashMap<>();
            Map<BacklogKey, Long> expectedBacklog = new HashMap<>();
            facts.forEach(tenantId, (fact, zone) -> {
                Contributions.backlog(fact, zone).forEach((key, count) -> expectedBacklog.merge(key, count, Long::sum));
                Contributions.of(fact, zone)
                        .forEach((key, tally) ->
                                expected.computeIfAbsent(key, k -> new Tally()).merge(tally));
                Contributions.terms(fact, zone).forEach((key, count) -> expectedTerms.merge(key, count, Long::sum));
            });
            int fixed = 0;
            for (RollupStore.Span span : RollupStore.Span.values()) {
                Map<RollupKey, Tally> expectedRows = in(span, expected);
                Map<RollupKey, Tally> stored = rollups.readTenant(span, tenantId);
                Map<RollupKey, Tally> fixes = new HashMap<>();
                expectedRows.forEach((key, tally) -> {
                    if (!tally.equals(stored.get(key))) {
                        fixes.put(key, tally);
                    }
                });
                stored.keySet().stream()
                        .filter(key -> !expectedRows.containsKey(key))
                        .forEach(key -> fixes.put(key, new Tally()));
                rollups.write(span, fixes, stored.keySet());
                fixed += fixes.size();
            }
            Map<TermKey, Long> storedTerms = terms.readTenant(tenantId);
            Map<TermKey, Long> termFixes = new HashMap<>();
            expectedTerms.forEach((key, count) -> {
                if (!count.equals(storedTerms.get(key))) {
                    termFixes.put(key, count);
                }
            });
            storedTerms.keySet().stream()
                    .filter(key -> !expectedTerms.containsKey(key))
                    .forEach(key -> termFixes.put(key, 0L));
            terms.write(tenantId, termFixes, storedTerms.keySet());
            Map<BacklogKey, Long> storedBacklog = backlog.readTenant(tenantId);
            Map<BacklogKey, Long> backlogFixes = new HashMap<>();
            expectedBacklog.forEach((key, count) -> {
                if (!count.equals(storedBacklog.get(key))) {
                    backlogFixes.put(key, count);
                }
            });
            storedBacklog.keySet().stream()
                    .filter(key -> !expectedBacklog.containsKey(key))
                    .forEach(key -> backlogFixes.put(key, 0L));
            backlog.write(tenantId, backlogFixes, storedBacklog.keySet());
            return fixed + termFixes.size() + backlogFixes.size();
        });
        if (corrected != null && corrected > 0) {
            log.warn("Reports of tenant {}: {} rollup rows did not add up and were corrected", tenantId, corrected);
        }
        return corrected == null ? 0 : corrected;
    }

    private ZoneId zone(long tenantId) {
        return tenants.byId(tenantId).map(TenantInfo::timeZone).orElse(ZoneId.of("Asia/Shanghai"));
    }
}
