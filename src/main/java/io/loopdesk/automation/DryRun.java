package io.loopdesk.automation;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.sla.BusinessTime;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Shows which of the tenant's recent tickets a rule would have hit, as they stand now, without touching any: what
 * an admin looks at before switching a rule on.
 */
@Service
public class DryRun {

    /** The most recent tickets a dry run reads. */
    public static final int RECENT = 200;

    /** One ticket the rule would have hit. */
    public record Hit(String number, String title, String status) {}

    /** What a dry run found: how many tickets it read and which of them the rule hits. */
    public record Result(int checked, List<Hit> hits) {}

    private final RuleCheck check;
    private final Snapshots snapshots;
    private final TicketQueries queries;
    private final BusinessTime businessTime;
    private final Clock clock;

    DryRun(RuleCheck check, Snapshots snapshots, TicketQueries queries, BusinessTime businessTime, Clock clock) {
        this.check = check;
        this.snapshots = snapshots;
        this.queries = queries;
        this.businessTime = businessTime;
        this.clock = clock;
    }

    /** Runs the rule as written (saved or not) over the tenant's {@link #RECENT} latest tickets. */
    public Result over(RuleDraft draft, Actor admin) {
        AutomationRules.checkAdmin(admin);
        RuleDraft rule = check.checked(draft, admin);
        return TenantScope.inTenant(admin.tenantId(), () -> {
            List<String> numbers = queries.numbers(TicketQuery.all(RECENT), Actor.system(), RECENT);
            BusinessTime.Meter meter = businessTime.ofTenant(admin.tenantId());
            Instant now = clock.instant();
            List<Hit> hits = new ArrayList<>();
            for (String number : numbers) {
                TicketSnapshot ticket = snapshots.of(number);
                if (waitedEnough(rule, ticket, meter, now) && rule.matches(ticket)) {
                    hits.add(new Hit(
                            number,
                            ticket.ticket().title(),
                            ticket.ticket().status().name()));
                }
            }
            return new Result(numbers.size(), hits);
        });
    }

    private static boolean waitedEnough(RuleDraft rule, TicketSnapshot ticket, BusinessTime.Meter meter, Instant now) {
        if (rule.trigger() != Trigger.TIMED) {
            return true;
        }
        Instant since = anchorOf(Objects.requireNonNull(rule.anchor()), ticket);
        return since != null
                && !since.isAfter(now)
                && ticket.ticket().closedAt() == null
                && meter.between(since, now).compareTo(Duration.ofHours(Objects.requireNonNull(rule.hours()))) >= 0;
    }

    private static @Nullable Instant anchorOf(TimeAnchor anchor, TicketSnapshot ticket) {
        return switch (anchor) {
            case CREATED -> ticket.ticket().registeredAt();
            case UPDATED -> ticket.ticket().updatedAt();
            case RESOLVED -> ticket.ticket().resolvedAt();
            case DUE -> ticket.ticket().resolutionDueAt();
        };
    }
}
