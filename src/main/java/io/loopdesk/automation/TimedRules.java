package io.loopdesk.automation;

import io.loopdesk.shared.TenantScope;
import io.loopdesk.sla.BusinessTime;
import io.loopdesk.ticket.TicketQueries;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Goes through the tickets each timed rule waits on, for every tenant with such rules: a ticket not closed whose
 * anchor lies the rule's hours back in the tenant's business time, and which the rule has not fired on for that
 * anchor yet, is run through the rule. A ticket changed afterwards (a new anchor) can be fired on again.
 */
@Component
class TimedRules {

    /** Tickets read at once. */
    static final int PAGE = 500;

    /** Tickets one rule looks at in one round at most; the next round goes on from the start. */
    static final int PER_ROUND = 20_000;

    private final AutomationRules rules;
    private final AutomationEngine engine;
    private final Snapshots snapshots;
    private final Firings firings;
    private final TicketQueries queries;
    private final BusinessTime businessTime;
    private final JdbcClient jdbc;
    private final Clock clock;

    TimedRules(
            AutomationRules rules,
            AutomationEngine engine,
            Snapshots snapshots,
            Firings firings,
            TicketQueries queries,
            BusinessTime businessTime,
            JdbcClient jdbc,
            Clock clock) {
        this.rules = rules;
        this.engine = engine;
        this.snapshots = snapshots;
        this.firings = firings;
        this.queries = queries;
        this.businessTime = businessTime;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One round over every tenant's timed rules; returns how many firings it made. */
    int round() {
        List<Long> tenants = TenantScope.asSystem(() -> jdbc.sql(
                        "select distinct tenant_id from automation_rule where active = true and trigger_on = 'TIMED'")
                .query(Long.class)
                .list());
        int fired = 0;
        for (long tenantId : tenants) {
            fired += round(tenantId);
        }
        return fired;
    }

    /** One round over one tenant's timed rules. */
    int round(long tenantId) {
        int fired = 0;
        for (AutomationRuleView rule : rules.inForce(tenantId, Trigger.TIMED)) {
            fired += TenantScope.inTenant(tenantId, () -> round(tenantId, rule));
        }
        return fired;
    }

    private int round(long tenantId, AutomationRuleView rule) {
        Instant now = clock.instant();
        Duration wait =
                Duration.ofHours(java.util.Objects.requireNonNull(rule.rule().hours()));
        TimeAnchor anchor = java.util.Objects.requireNonNull(rule.rule().anchor());
        BusinessTime.Meter meter = businessTime.ofTenant(tenantId);
        // business hours never run faster than the clock: whatever waited less in plain time has not waited enough
        Instant latest = now.minus(wait);
        int fired = 0;
        int seen = 0;
        TicketQueries.Waiting from = null;
        List<TicketQueries.Waiting> page;
        do {
            page = queries.waiting(tenantId, moment(anchor), latest, from, PAGE);
            Map<Long, String> keys = page.stream()
                    .collect(Collectors.toMap(TicketQueries.Waiting::id, w -> key(w.since()), (a, b) -> a));
            List<Long> done = firings.firedOn(rule.id(), keys);
            for (TicketQueries.Waiting waiting : page) {
                if (done.contains(waiting.id())
                        || meter.between(waiting.since(), now).compareTo(wait) < 0) {
                    continue;
                }
                TicketSnapshot ticket = snapshots.of(waiting.number());
                if (rule.rule().matches(ticket)
                        && engine.fire(rule, ticket, key(waiting.since())) == FiringOutcome.FIRED) {
                    fired++;
                }
            }
            seen += page.size();
            if (!page.isEmpty()) {
                from = page.getLast();
            }
        } while (page.size() == PAGE && seen < PER_ROUND);
        return fired;
    }

    /** Once per rule, ticket and anchor: the same wait on the same anchor never fires twice. */
    static String key(Instant anchor) {
        return "timed@" + anchor;
    }

    static TicketQueries.Moment moment(TimeAnchor anchor) {
        return switch (anchor) {
            case CREATED -> TicketQueries.Moment.REGISTERED;
            case UPDATED -> TicketQueries.Moment.UPDATED;
            case RESOLVED -> TicketQueries.Moment.RESOLVED;
            case DUE -> TicketQueries.Moment.RESOLUTION_DUE;
        };
    }
}
