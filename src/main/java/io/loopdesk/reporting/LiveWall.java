package io.loopdesk.reporting;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.reporting.rollup.Measure;
import io.loopdesk.reporting.rollup.RollupKey;
import io.loopdesk.reporting.rollup.RollupStore;
import io.loopdesk.reporting.rollup.Tally;
import io.loopdesk.routing.AgentView;
import io.loopdesk.routing.Presence;
import io.loopdesk.routing.RoutingPolicies;
import io.loopdesk.routing.Surges;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.ticket.measure.TicketMeasures;
import io.loopdesk.ticket.value.TicketStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * The live wall: what is happening now. Arrivals and the lists of open tickets come from the ticket tables through
 * indexed queries over today only; the open tickets by age from {@link OpenBacklog}; today's figures from the
 * rollups; nothing scans the tenant's history or its whole backlog.
 */
@Service
public class LiveWall {

    static final int SLOT_SECONDS = 300;
    static final int LISTED = 10;

    private final TicketMeasures tickets;
    private final OpenBacklog backlog;
    private final RollupStore rollups;
    private final Presence presence;
    private final RoutingPolicies policies;
    private final UserAccounts users;
    private final ReportLabels labels;
    private final MessageSource messages;
    private final Surges surges;
    private final Clock clock;

    LiveWall(
            TicketMeasures tickets,
            OpenBacklog backlog,
            RollupStore rollups,
            Presence presence,
            RoutingPolicies policies,
            UserAccounts users,
            ReportLabels labels,
            MessageSource messages,
            Surges surges,
            Clock clock) {
        this.tickets = tickets;
        this.backlog = backlog;
        this.rollups = rollups;
        this.presence = presence;
        this.policies = policies;
        this.users = users;
        this.labels = labels;
        this.messages = messages;
        this.surges = surges;
        this.clock = clock;
    }

    public WallView of(TenantInfo tenant, Actor actor, Locale locale) {
        if (!Reports.seesTenant(actor, tenant.id())) {
            throw ReportRefusedException.forbidden(
                    "error.report.forbidden.wall", "The live wall is for supervisors, QA and tenant admins.");
        }
        Instant now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, tenant.timeZone());
        Instant midnight = day.atStartOfDay(tenant.timeZone()).toInstant();
        Instant weekAgo = day.minusWeeks(1).atStartOfDay(tenant.timeZone()).toInstant();
        Instant weekAgoEnd =
                day.minusWeeks(1).plusDays(1).atStartOfDay(tenant.timeZone()).toInstant();
        // up to the end of the current second: the database keeps microseconds, so "now" itself may round either way
        long[] today = tickets.arrivals(tenant.id(), midnight, now.plusSeconds(1), SLOT_SECONDS);
        long[] lastWeek = tickets.arrivals(tenant.id(), weekAgo, weekAgoEnd, SLOT_SECONDS);

        List<TicketMeasures.BacklogLine> backlog = this.backlog.at(tenant.id(), tenant.timeZone(), now);
        Map<String, long[]> byStatus = new HashMap<>();
        Map<String, Instant> oldestByStatus = new HashMap<>();
        Map<String, long[]> byTeam = new HashMap<>();
        Map<String, Instant> oldestByTeam = new HashMap<>();
        for (TicketMeasures.BacklogLine line : backlog) {
            add(byStatus, oldestByStatus, line.status().name(), line);
            add(byTeam, oldestByTeam, line.teamId() == null ? "" : line.teamId().toString(), line);
        }
        Map<String, String> teamNames = labels.of(tenant.id(), Dimension.TEAM, byTeam.keySet(), locale);
        List<WallView.Count> statuses = counts(
                byStatus, oldestByStatus, status -> messages.getMessage("status." + status, null, status, locale));
        List<WallView.Count> teams = counts(byTeam, oldestByTeam, teamNames::get);

        Map<RollupKey, Tally> rows = rollups.read(tenant.id(), Dimension.ALL, day, day);
        Tally todayTally = new Tally();
        rows.values().forEach(todayTally::merge);
        long breaches = todayTally.get(Measure.FIRST_RESPONSE_BREACHED)
                + todayTally.get(Measure.NEXT_RESPONSE_BREACHED)
                + todayTally.get(Measure.RESOLUTION_BREACHED)
                + todayTally.get(Measure.EXPECTED_RESOLUTION_BREACHED)
                + todayTally.get(Measure.RESULT_NOTICE_BREACHED);

        return new WallView(
                now,
                day,
                today,
                lastWeek,
                statuses,
                teams,
                tickets.oldestOpen(tenant.id(), LISTED),
                tickets.dueBetween(tenant.id(), now, now.plus(Duration.ofHours(1)), LISTED),
                tickets.countDueBetween(tenant.id(), now, now.plus(Duration.ofHours(1))),
                onDuty(tenant.id()),
                Figures.of(todayTally),
                breaches,
                surges.recent(tenant.id(), midnight).stream()
                        .map(surge -> new WallView.SurgeLine(
                                surge.kind().name(),
                                surge.key(),
                                surge.countInWindow(),
                                surge.baseline(),
                                surge.detectedAt(),
                                surge.incidentId(),
                                surges.reason(tenant.id(), surge).render(messages, locale, surge.key())))
                        .toList(),
                ages(backlog, locale));
    }

    /** The open tickets of each status by age band, summed over teams, in the lifecycle's order. */
    private List<WallView.AgeRow> ages(List<TicketMeasures.BacklogLine> backlog, Locale locale) {
        Map<TicketStatus, long[]> byStatus = new TreeMap<>();
        for (TicketMeasures.BacklogLine line : backlog) {
            long[] counts = byStatus.computeIfAbsent(
                    line.status(), s -> new long[line.ages().size()]);
            for (int band = 0; band < counts.length; band++) {
                counts[band] += line.ages().get(band);
            }
        }
        List<WallView.AgeRow> rows = new ArrayList<>();
        byStatus.forEach((status, counts) -> rows.add(new WallView.AgeRow(
                status.name(),
                messages.getMessage("status." + status.name(), null, status.name(), locale),
                Arrays.stream(counts).boxed().toList(),
                Arrays.stream(counts).sum())));
        return rows;
    }

    private List<WallView.OnDuty> onDuty(long tenantId) {
        List<AgentView> agents = presence.onDuty(tenantId);
        List<Long> ids = agents.stream().map(AgentView::userId).toList();
        Map<Long, Integer> loads = presence.loads(ids);
        Map<Long, String> names = users.displayNames(ids);
        int defaultCap = policies.rules(tenantId).defaultCap();
        return agents.stream()
                .map(a -> new WallView.OnDuty(
                        a.userId(),
                        names.getOrDefault(a.userId(), "#" + a.userId()),
                        loads.getOrDefault(a.userId(), 0),
                        a.ticketCap() == null ? defaultCap : a.ticketCap()))
                .sorted(Comparator.comparingInt((WallView.OnDuty o) -> -o.load())
                        .thenComparing(WallView.OnDuty::name))
                .toList();
    }

    private static void add(
            Map<String, long[]> counts, Map<String, Instant> oldest, String key, TicketMeasures.BacklogLine line) {
        counts.computeIfAbsent(key, k -> new long[1])[0] += line.count();
        oldest.merge(key, line.oldest(), (a, b) -> a.isBefore(b) ? a : b);
    }

    private static List<WallView.Count> counts(
            Map<String, long[]> counts, Map<String, Instant> oldest, java.util.function.Function<String, String> name) {
        List<WallView.Count> list = new ArrayList<>();
        counts.forEach((key, count) -> list.add(new WallView.Count(key, name.apply(key), count[0], oldest.get(key))));
        list.sort(Comparator.comparingLong((WallView.Count c) -> -c.count()).thenComparing(WallView.Count::label));
        return list;
    }
}
