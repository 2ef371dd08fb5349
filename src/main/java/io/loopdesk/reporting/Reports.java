package io.loopdesk.reporting;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.reporting.rollup.RollupKey;
import io.loopdesk.reporting.rollup.RollupStore;
import io.loopdesk.reporting.rollup.Tally;
import io.loopdesk.reporting.rollup.TermCounts;
import io.loopdesk.routing.IncidentStatistics;
import io.loopdesk.sla.ComplaintStatistics;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Period reports and scorecards from the rollups (never from the tickets themselves, so a year of a tenant with a
 * million tickets is a few thousand rows). Supervisors, QA and tenant admins see their tenant; agents and
 * engineers their own scorecard only; platform operators every tenant and the view across them.
 */
@Service
public class Reports {

    /** Roles that see the whole tenant's figures. */
    static final Set<Role> READERS = EnumSet.of(Role.SUPERVISOR, Role.QA, Role.TENANT_ADMIN, Role.PLATFORM_OPERATOR);

    static final int TOP = 10;

    static final int TOP_WORDS = 20;

    private final RollupStore rollups;
    private final TermCounts terms;
    private final ComplaintStatistics complaints;
    private final IncidentStatistics incidents;
    private final Tenants tenants;
    private final ReportLabels labels;
    private final MessageSource messages;
    private final OpenTickets openTickets;
    private final Clock clock;

    Reports(
            RollupStore rollups,
            TermCounts terms,
            ComplaintStatistics complaints,
            IncidentStatistics incidents,
            Tenants tenants,
            ReportLabels labels,
            MessageSource messages,
            OpenTickets openTickets,
            Clock clock) {
        this.rollups = rollups;
        this.terms = terms;
        this.complaints = complaints;
        this.incidents = incidents;
        this.tenants = tenants;
        this.labels = labels;
        this.messages = messages;
        this.openTickets = openTickets;
        this.clock = clock;
    }

    /** Whether {@code actor} sees the whole tenant's figures (else only their own scorecard). */
    public static boolean seesTenant(Actor actor, long tenantId) {
        return actor.seesAllTenants() || (actor.tenantId() == tenantId && (actor.isSystem() || actor.hasAny(READERS)));
    }

    /** The tenant's period report; an agent gets it only as their own scorecard (agent dimension, their id). */
    @Transactional(readOnly = true)
    public PeriodReport period(long tenantId, ReportRequest request, Actor actor, Locale locale) {
        if (request.dimension() == Dimension.TENANT) {
            return platform(request, actor, locale);
        }
        boolean whole = seesTenant(actor, tenantId);
        if (!whole && !ownScorecard(tenantId, request, actor)) {
            throw ReportRefusedException.forbidden("error.report.forbidden", "You may see your own scorecard only.");
        }
        // month rows serve whatever is summed over the period or cut by month or quarter; days and weeks need days
        boolean monthly = request.by() == Granularity.MONTH || request.by() == Granularity.QUARTER;
        boolean seriesOfRows = request.dimension() == Dimension.ALL || request.value() != null;
        Map<RollupKey, Tally> rows = read(tenantId, request.dimension(), request, monthly || !seriesOfRows);
        Map<RollupKey, Tally> totals = request.dimension() == Dimension.ALL
                ? rows
                : whole && request.value() == null ? read(tenantId, Dimension.ALL, request, monthly) : rows;
        Map<RollupKey, Tally> seriesRows = request.value() == null ? totals : filter(rows, request.value());
        Tally total = sum(whole && request.value() == null ? totals.values() : seriesRows.values());
        List<PeriodReport.Breakdown> breakdown = request.dimension() == Dimension.ALL
                ? List.of()
                : breakdown(tenantId, request.dimension(), whole ? rows : filter(rows, request.value()), locale, -1);
        // the rollups count by one dimension at a time: the top lists are the tenant's, so a report narrowed to one
        // value (a channel, a team's scorecard) shows none rather than the whole tenant's under its name
        boolean tenantWide = whole && request.value() == null;
        List<PeriodReport.Breakdown> categories =
                tenantWide ? top(tenantId, Dimension.CATEGORY, request, locale) : List.of();
        List<PeriodReport.Breakdown> products =
                tenantWide ? top(tenantId, Dimension.PRODUCT, request, locale) : List.of();
        ZoneId zone = tenants.byId(tenantId).map(TenantInfo::timeZone).orElse(ZoneOffset.UTC);
        List<OpenNow> open = openTickets.of(
                tenantId, request.dimension(), request.value(), LocalDate.now(clock.withZone(zone)), locale);
        if (!whole || request.value() != null) {
            return new PeriodReport(
                    request, Figures.of(total), series(request, seriesRows), breakdown, categories, products, open);
        }
        Instant start = request.from().atStartOfDay(zone).toInstant();
        Instant end = request.to().plusDays(1).atStartOfDay(zone).toInstant();
        return new PeriodReport(
                request,
                Figures.of(total),
                series(request, seriesRows),
                breakdown,
                categories,
                products,
                words(tenantId, request),
                complaints.bySignal(tenantId, start, end).entrySet().stream()
                        .map(e -> new PeriodReport.Count(
                                e.getKey(),
                                messages.getMessage("sla.complaint." + e.getKey(), null, e.getKey(), locale),
                                e.getValue()))
                        .toList(),
                incidents.between(tenantId, start, end, TOP),
                open);
    }

    private PeriodReport.Words words(long tenantId, ReportRequest request) {
        YearMonth from = YearMonth.from(request.from());
        YearMonth to = YearMonth.from(request.to());
        return new PeriodReport.Words(
                from,
                to,
                counts(terms.top(tenantId, from, to, false, TOP_WORDS)),
                counts(terms.top(tenantId, from, to, true, TOP_WORDS)));
    }

    private static List<PeriodReport.Count> counts(List<TermCounts.TermCount> terms) {
        return terms.stream()
                .map(term -> new PeriodReport.Count(term.term(), term.term(), term.tickets()))
                .toList();
    }

    /** Whose scorecards {@code actor} may open: every team and agent for readers of the tenant, else none. */
    @Transactional(readOnly = true)
    public Scorecards scorecards(long tenantId, Actor actor) {
        return seesTenant(actor, tenantId) ? labels.scorecards(tenantId) : new Scorecards(List.of(), List.of());
    }

    private Map<RollupKey, Tally> read(long tenantId, Dimension dimension, ReportRequest request, boolean covering) {
        return covering
                ? rollups.readCovering(tenantId, dimension, request.from(), request.to())
                : rollups.read(tenantId, dimension, request.from(), request.to());
    }

    /** Every tenant's totals, broken down by tenant: platform operators only. */
    @Transactional(readOnly = true)
    public PeriodReport platform(ReportRequest request, Actor actor, Locale locale) {
        if (!actor.seesAllTenants()) {
            throw ReportRefusedException.forbidden(
                    "error.report.forbidden.platform", "Only platform operators see figures across tenants.");
        }
        Map<RollupKey, Tally> rows = rollups.readAllTenants(request.from(), request.to());
        Map<RollupKey, Tally> byTenant = new HashMap<>();
        rows.forEach((key, tally) -> byTenant.put(
                new RollupKey(key.tenantId(), Dimension.TENANT, Long.toString(key.tenantId()), key.day()), tally));
        Map<RollupKey, Tally> seriesRows = request.value() == null ? byTenant : filter(byTenant, request.value());
        return new PeriodReport(
                request,
                Figures.of(sum(seriesRows.values())),
                series(request, seriesRows),
                breakdown(0, Dimension.TENANT, byTenant, locale, -1),
                List.of(),
                List.of(),
                List.of());
    }

    private static boolean ownScorecard(long tenantId, ReportRequest request, Actor actor) {
        return actor.tenantId() == tenantId
                && actor.userId() != null
                && actor.worksTickets()
                && request.dimension() == Dimension.AGENT
                && actor.userId().toString().equals(request.value());
    }

    private static Map<RollupKey, Tally> filter(Map<RollupKey, Tally> rows, String value) {
        Map<RollupKey, Tally> kept = new HashMap<>();
        rows.forEach((key, tally) -> {
            if (Objects.equals(key.value(), value)) {
                kept.put(key, tally);
            }
        });
        return kept;
    }

    private static Tally sum(Iterable<Tally> tallies) {
        Tally sum = new Tally();
        tallies.forEach(sum::merge);
        return sum;
    }

    private static List<PeriodReport.Bucket> series(ReportRequest request, Map<RollupKey, Tally> rows) {
        Map<LocalDate, Tally> buckets = new TreeMap<>();
        for (LocalDate start = request.by().start(request.from());
                !start.isAfter(request.to());
                start = request.by().next(start)) {
            buckets.put(start, new Tally());
        }
        rows.forEach((key, tally) -> buckets.computeIfAbsent(request.by().start(key.day()), d -> new Tally())
                .merge(tally));
        List<PeriodReport.Bucket> series = new ArrayList<>(buckets.size());
        buckets.forEach((start, tally) -> series.add(new PeriodReport.Bucket(start, Figures.of(tally))));
        return series;
    }

    /**
     * The {@link #TOP} values of a breakdown by tickets received, from the counts alone: a top list shows volumes and
     * rates, and summing in the database keeps a year of many values to one row each.
     */
    private List<PeriodReport.Breakdown> top(long tenantId, Dimension dimension, ReportRequest request, Locale locale) {
        return ranked(
                tenantId, dimension, rollups.sums(tenantId, dimension, request.from(), request.to()), locale, TOP);
    }

    private List<PeriodReport.Breakdown> breakdown(
            long tenantId, Dimension dimension, Map<RollupKey, Tally> rows, Locale locale, int limit) {
        Map<String, Tally> byValue = new HashMap<>();
        rows.forEach((key, tally) ->
                byValue.computeIfAbsent(key.value(), v -> new Tally()).merge(tally));
        return ranked(tenantId, dimension, byValue, locale, limit);
    }

    /** The values by tickets received, most first; a top list ({@code limit > 0}) leaves out "none". */
    private List<PeriodReport.Breakdown> ranked(
            long tenantId, Dimension dimension, Map<String, Tally> tallies, Locale locale, int limit) {
        Map<String, Tally> byValue = new HashMap<>(tallies);
        if (limit > 0) {
            byValue.remove("");
        }
        Map<String, String> names = labels.of(tenantId, dimension, byValue.keySet(), locale);
        return byValue.entrySet().stream()
                .map(e -> new PeriodReport.Breakdown(e.getKey(), names.get(e.getKey()), Figures.of(e.getValue())))
                .sorted(Comparator.comparingLong(
                                (PeriodReport.Breakdown b) -> -b.figures().received())
                        .thenComparing(PeriodReport.Breakdown::label))
                .limit(limit > 0 ? limit : Long.MAX_VALUE)
                .toList();
    }
}
