package io.loopdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.reporting.rollup.DurationHistogram;
import io.loopdesk.reporting.rollup.ReportFold;
import io.loopdesk.reporting.rollup.ReportReconciliation;
import io.loopdesk.routing.RoutingPolicies;
import io.loopdesk.routing.RoutingRules;
import io.loopdesk.routing.SurgeRule;
import io.loopdesk.routing.Teams;
import io.loopdesk.routing.transfer.HandoverNote;
import io.loopdesk.routing.transfer.Transfers;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.sla.BusinessTime;
import io.loopdesk.survey.Ratings;
import io.loopdesk.survey.Scores;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.measure.TicketMeasures;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.Satisfaction;
import io.loopdesk.ticket.value.TicketPriority;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds 2,000 tickets (about 8,000 steps) with known times, replies, transfers, escalations, dispatches, reopens, ratings and complaints across
 * the Mid-Autumn and National Day holidays and their make-up working days (2026-09-20, 2026-10-10), folds them into
 * the rollups, and checks every figure against a plain recomputation from the raw rows: equal, exactly.
 */
@IntegrationTest
class ReportRecomputationTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final LocalDate FIRST = LocalDate.of(2026, 9, 16);
    static final LocalDate LAST = LocalDate.of(2026, 10, 14);
    static final int TICKETS = 2000;

    /** Every breakdown of one tenant (across tenants is checked on its own). */
    static final List<Dimension> BREAKDOWNS = java.util.Arrays.stream(Dimension.values())
            .filter(dimension -> dimension != Dimension.TENANT)
            .toList();

    /**
     * Mainland China's 2026 public holidays and the weekend days worked instead (调休上班), typed here from the State
     * Council's notice of 2025-11-04, apart from the holiday file the application reads.
     */
    static final Set<LocalDate> HOLIDAYS = dates(
            "2026-01-01",
            "2026-01-02",
            "2026-01-03",
            "2026-02-15",
            "2026-02-16",
            "2026-02-17",
            "2026-02-18",
            "2026-02-19",
            "2026-02-20",
            "2026-02-21",
            "2026-02-22",
            "2026-02-23",
            "2026-04-04",
            "2026-04-05",
            "2026-04-06",
            "2026-05-01",
            "2026-05-02",
            "2026-05-03",
            "2026-05-04",
            "2026-05-05",
            "2026-06-19",
            "2026-06-20",
            "2026-06-21",
            "2026-09-25",
            "2026-09-26",
            "2026-09-27",
            "2026-10-01",
            "2026-10-02",
            "2026-10-03",
            "2026-10-04",
            "2026-10-05",
            "2026-10-06",
            "2026-10-07");

    static final Set<LocalDate> MAKE_UP_WORKDAYS =
            dates("2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    Transfers transfers;

    @Autowired
    Ratings ratings;

    @Autowired
    Teams teams;

    @Autowired
    Reports reports;

    @Autowired
    ReportFold fold;

    @Autowired
    ReportReconciliation reconciliation;

    @Autowired
    OpenBacklog openBacklog;

    @Autowired
    TestClock clock;

    @Autowired
    BackgroundWork background;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoutingPolicies routingPolicies;

    /** The platform's support, who answer dispatches. */
    Actor operator;

    /** One step of the scenario at its moment. */
    record Step(Instant at, Runnable action) {}

    @Test
    void everyFigureEqualsARecomputationFromTheRawRows() {
        TenantInfo tenant = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        List<UserView> agents = List.of(
                fixtures.staff(tenant, Role.AGENT),
                fixtures.staff(tenant, Role.AGENT),
                fixtures.staff(tenant, Role.AGENT));
        UserView customer = fixtures.customer(tenant);
        long teamA = TenantScope.asSystem(
                () -> teams.create(tenant.id(), "一线 A", null).id());
        long teamB = TenantScope.asSystem(
                () -> teams.create(tenant.id(), "一线 B", null).id());
        agents.forEach(a -> TenantScope.asSystem(() -> teams.addMember(teamA, a.id())));
        agents.forEach(a -> TenantScope.asSystem(() -> teams.addMember(teamB, a.id())));

        // escalations go up to team B, a senior team as well as a first line
        routingPolicies.change(
                tenant.id(),
                new RoutingRules(0.6, 20, true, teamB, null, 30, 5, SurgeRule.DEFAULT),
                Fixtures.actor(fixtures.staff(tenant, Role.TENANT_ADMIN)));
        operator = Fixtures.actor(fixtures.staff(tenant, Role.PLATFORM_OPERATOR));

        List<Step> steps = scenario(tenant, supervisor, agents, customer, List.of(teamA, teamB));
        steps.sort(Comparator.comparing(Step::at));
        for (Step step : steps) {
            clock.set(step.at());
            step.action().run();
        }
        // every step's notices and timers are still to run: a few minutes' worth on a slow machine
        background.settle(Duration.ofMinutes(5));
        fold.foldPending();

        Raw raw = Raw.read(jdbc, tenant.id(), ReportRecomputationTest::businessBetween);
        Actor reader = Fixtures.actor(supervisor);
        // the test's own weeks (day rows only), and two whole months with the days around them (month rows too)
        for (LocalDate[] period : List.of(
                new LocalDate[] {FIRST, LAST},
                new LocalDate[] {LocalDate.of(2026, 8, 20), LocalDate.of(2026, 11, 10)})) {
            LocalDate first = period[0];
            LocalDate last = period[1];
            for (Dimension dimension : BREAKDOWNS) {
                for (Granularity by : Granularity.values()) {
                    PeriodReport report = reports.period(
                            tenant.id(),
                            new ReportRequest(first, last, by, dimension, null),
                            reader,
                            Locale.SIMPLIFIED_CHINESE);
                    assertThat(report.totals()).as("totals").isEqualTo(raw.figures(first, last, t -> true));
                    for (PeriodReport.Bucket bucket : report.series()) {
                        LocalDate from = bucket.start().isBefore(first) ? first : bucket.start();
                        LocalDate to = by.next(bucket.start()).minusDays(1);
                        assertThat(bucket.figures())
                                .as(by + " from " + bucket.start())
                                .isEqualTo(raw.figures(from, to.isAfter(last) ? last : to, t -> true));
                    }
                    for (PeriodReport.Breakdown row : report.breakdown()) {
                        assertThat(row.figures())
                                .as(dimension + " " + row.value())
                                .isEqualTo(raw.figures(
                                        first, last, t -> row.value().equals(raw.value(t, dimension))));
                    }
                    if (dimension != Dimension.ALL) {
                        assertThat(report.breakdown().stream()
                                        .mapToLong(b -> b.figures().received())
                                        .sum())
                                .isEqualTo(report.totals().received());
                    }
                }
            }
        }
        assertThat(raw.figures(FIRST, LAST, t -> true).received()).isEqualTo(TICKETS);
        // the scenario took every path the figures count: none of them is compared as 0 = 0
        Figures whole = raw.figures(FIRST, LAST, t -> true);
        assertThat(whole.dispatches()).isPositive();
        assertThat(whole.escalationRate()).isPositive();
        assertThat(whole.transferRate()).isPositive();
        assertThat(whole.reopened()).isPositive();
        assertThat(whole.complaints()).isPositive();
        // the operators' view across tenants: this tenant's row is its own figures
        PeriodReport acrossTenants = reports.period(
                tenant.id(),
                new ReportRequest(FIRST, LAST, Granularity.MONTH, Dimension.TENANT, null),
                operator,
                Locale.SIMPLIFIED_CHINESE);
        assertThat(acrossTenants.breakdown())
                .filteredOn(row -> row.value().equals(Long.toString(tenant.id())))
                .singleElement()
                .satisfies(row -> assertThat(row.figures()).isEqualTo(whole));

        // the open backlog by status, team and age equals a count of the open tickets, whenever the wall looks
        Instant end = clock.instant();
        for (Duration later : List.of(
                Duration.ZERO,
                Duration.ofHours(30),
                Duration.ofDays(3),
                Duration.ofDays(9),
                Duration.ofDays(26).plusHours(5),
                Duration.ofDays(40))) {
            assertThat(sorted(openBacklog.at(tenant.id(), SHANGHAI, end.plus(later))))
                    .as("backlog " + later + " after the last step")
                    .isEqualTo(openTickets(tenant.id(), end.plus(later)));
        }

        // the report's "open now" under every breakdown equals a count of the open tickets, whatever day it is read
        for (Duration later : List.of(Duration.ZERO, Duration.ofDays(2), Duration.ofDays(8), Duration.ofDays(35))) {
            clock.set(end.plus(later));
            LocalDate today = LocalDate.ofInstant(clock.instant(), SHANGHAI);
            for (Dimension dimension : BREAKDOWNS) {
                List<OpenNow> open = reports.period(
                                tenant.id(),
                                new ReportRequest(FIRST, LAST, Granularity.MONTH, dimension, null),
                                reader,
                                Locale.SIMPLIFIED_CHINESE)
                        .open();
                assertThat(open.stream().map(ReportRecomputationTest::counted).toList())
                        .as("open now by " + dimension + " on " + today)
                        .containsExactlyInAnyOrderElementsOf(openBy(tenant.id(), dimension, today));
                assertThat(open).isSortedAccordingTo(Comparator.comparing(OpenNow::oldestDay));
                if (dimension == Dimension.ALL) {
                    assertThat(open)
                            .singleElement()
                            .satisfies(all -> assertThat(all.tickets())
                                    .as("tickets left open by the scenario")
                                    .isGreaterThan(50));
                }
            }
        }
        clock.set(end);

        // the nightly check finds nothing to correct, and corrects a row that no longer adds up
        assertThat(reconciliation.reconcile(tenant.id())).isZero();
        jdbc.sql("update report_open set tickets = tickets + 3 where tenant_id = ? and dim = 'TEAM'"
                        + " and registered_day = (select min(registered_day) from report_open where tenant_id = ?)")
                .params(tenant.id(), tenant.id())
                .update();
        assertThat(reconciliation.reconcile(tenant.id())).isPositive();
        assertThat(sorted(openBacklog.at(tenant.id(), SHANGHAI, end.plus(Duration.ofDays(9)))))
                .isEqualTo(openTickets(tenant.id(), end.plus(Duration.ofDays(9))));
        jdbc.sql("update report_rollup set received = received + 7 where tenant_id = ? and dim = 'CHANNEL'"
                        + " and on_day = ?")
                .params(tenant.id(), java.sql.Date.valueOf(LocalDate.of(2026, 10, 1)))
                .update();
        assertThat(reconciliation.reconcile(tenant.id())).isPositive();
        PeriodReport after = reports.period(
                tenant.id(),
                new ReportRequest(FIRST, LAST, Granularity.DAY, Dimension.CHANNEL, null),
                reader,
                Locale.SIMPLIFIED_CHINESE);
        assertThat(after.breakdown().stream()
                        .mapToLong(b -> b.figures().received())
                        .sum())
                .isEqualTo(TICKETS);

        // a month row that no longer adds up is corrected too
        jdbc.sql("update report_rollup_month set received = received + 5 where tenant_id = ? and dim = 'ALL'"
                        + " and on_day = ?")
                .params(tenant.id(), java.sql.Date.valueOf(LocalDate.of(2026, 10, 1)))
                .update();
        assertThat(reconciliation.reconcile(tenant.id())).isPositive();
        assertThat(reports.period(
                                tenant.id(),
                                new ReportRequest(
                                        LocalDate.of(2026, 9, 1),
                                        LocalDate.of(2026, 10, 31),
                                        Granularity.MONTH,
                                        Dimension.ALL,
                                        null),
                                reader,
                                Locale.SIMPLIFIED_CHINESE)
                        .totals()
                        .received())
                .isEqualTo(TICKETS);
    }

    /** The open tickets counted one by one, by status, team and age band at {@code now}. */
    private List<TicketMeasures.BacklogLine> openTickets(long tenantId, Instant now) {
        List<Instant> bounds = WallView.AgeBand.bounds(now);
        record Group(TicketStatus status, @Nullable Long team) {}
        Map<Group, long[]> counts = new HashMap<>();
        Map<Group, Instant> oldest = new HashMap<>();
        jdbc.sql("select status, team_id, registered_at from ticket where tenant_id = ? and status in"
                        + " ('NEW', 'IN_PROGRESS', 'WAITING_CUSTOMER', 'AWAITING_CONFIRMATION')")
                .param(tenantId)
                .query(rs -> {
                    Group group = new Group(TicketStatus.valueOf(rs.getString(1)), (Long) rs.getObject(2, Long.class));
                    Instant registered = rs.getTimestamp(3).toInstant();
                    int band = 0;
                    while (band < bounds.size() && registered.isBefore(bounds.get(band))) {
                        band++;
                    }
                    counts.computeIfAbsent(group, g -> new long[bounds.size() + 1])[band]++;
                    oldest.merge(group, registered, (a, b) -> a.isBefore(b) ? a : b);
                });
        List<TicketMeasures.BacklogLine> lines = new ArrayList<>();
        counts.forEach((group, bands) -> lines.add(new TicketMeasures.BacklogLine(
                group.status(),
                group.team(),
                java.util.Arrays.stream(bands).sum(),
                oldest.get(group),
                java.util.Arrays.stream(bands).boxed().toList())));
        return sorted(lines);
    }

    /**
     * Business time as this test counts it, not with the SLA module's calendar code: the hours of an Enterprise
     * tenant (Monday to Friday 09:00–18:00 in Shanghai) day by day, holidays off and make-up days worked.
     */
    static Duration businessBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (LocalDate day = LocalDate.ofInstant(from, SHANGHAI);
                !day.isAfter(LocalDate.ofInstant(to, SHANGHAI));
                day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            if (HOLIDAYS.contains(day) || (weekend && !MAKE_UP_WORKDAYS.contains(day))) {
                continue;
            }
            Instant opens = day.atTime(9, 0).atZone(SHANGHAI).toInstant();
            Instant closes = day.atTime(18, 0).atZone(SHANGHAI).toInstant();
            Instant start = from.isAfter(opens) ? from : opens;
            Instant end = to.isBefore(closes) ? to : closes;
            if (start.isBefore(end)) {
                total = total.plus(Duration.between(start, end));
            }
        }
        return total;
    }

    private static Set<LocalDate> dates(String... days) {
        return java.util.Arrays.stream(days).map(LocalDate::parse).collect(java.util.stream.Collectors.toSet());
    }

    /** One value's open tickets as compared: count, by status, by age in days, the oldest day. */
    record OpenCount(String value, long tickets, Map<String, Long> byStatus, List<Long> byAge, LocalDate oldest) {}

    private static OpenCount counted(OpenNow open) {
        Map<String, Long> byStatus = new HashMap<>();
        open.byStatus().forEach((status, count) -> byStatus.put(status.name(), count));
        return new OpenCount(
                open.value(), open.tickets(), byStatus, List.copyOf(open.byAge().values()), open.oldestDay());
    }

    /**
     * The open tickets counted one by one under {@code dimension}, read from the ticket table: ages are whole days
     * between the day of registration in Shanghai and {@code today} (0; 1–2; 3–6; 7–29; 30 or more).
     */
    private List<OpenCount> openBy(long tenantId, Dimension dimension, LocalDate today) {
        List<String> open = List.of("NEW", "IN_PROGRESS", "WAITING_CUSTOMER", "AWAITING_CONFIRMATION");
        record Ticket(String value, String status, LocalDate day) {}
        List<Ticket> rows = jdbc.sql("select team_id, assignee_id, category, channel, urgency, product, status,"
                        + " registered_at from ticket where tenant_id = ? and status in (?, ?, ?, ?)")
                .params(tenantId, open.get(0), open.get(1), open.get(2), open.get(3))
                .query((rs, n) -> {
                    String category = rs.getString(3) == null ? "" : rs.getString(3);
                    String product = rs.getString(6) == null
                            ? ""
                            : rs.getString(6).strip().replaceAll("\\s+", " ");
                    String value = switch (dimension) {
                        case ALL, TENANT -> "";
                        case TEAM -> rs.getObject(1) == null ? "" : Long.toString(rs.getLong(1));
                        case AGENT -> rs.getObject(2) == null ? "" : Long.toString(rs.getLong(2));
                        case CATEGORY -> category;
                        case CATEGORY_ROOT ->
                            category.contains(".") ? category.substring(0, category.indexOf('.')) : category;
                        case CHANNEL -> rs.getString(4);
                        case URGENCY -> rs.getString(5);
                        case PRODUCT -> product;
                    };
                    return new Ticket(
                            value,
                            rs.getString(7),
                            LocalDate.ofInstant(rs.getTimestamp(8).toInstant(), SHANGHAI));
                })
                .list();
        Map<String, List<Ticket>> byValue = new HashMap<>();
        rows.forEach(
                t -> byValue.computeIfAbsent(t.value(), v -> new ArrayList<>()).add(t));
        List<OpenCount> counts = new ArrayList<>();
        byValue.forEach((value, tickets) -> {
            Map<String, Long> byStatus = new HashMap<>();
            open.forEach(status -> byStatus.put(status, 0L));
            long[] ages = new long[5];
            LocalDate oldest = LocalDate.MAX;
            for (Ticket t : tickets) {
                byStatus.merge(t.status(), 1L, Long::sum);
                long days = java.time.temporal.ChronoUnit.DAYS.between(t.day(), today);
                ages[days == 0 ? 0 : days <= 2 ? 1 : days <= 6 ? 2 : days <= 29 ? 3 : 4]++;
                oldest = t.day().isBefore(oldest) ? t.day() : oldest;
            }
            counts.add(new OpenCount(
                    value,
                    tickets.size(),
                    byStatus,
                    java.util.Arrays.stream(ages).boxed().toList(),
                    oldest));
        });
        return counts;
    }

    private static List<TicketMeasures.BacklogLine> sorted(List<TicketMeasures.BacklogLine> lines) {
        return lines.stream()
                .sorted(Comparator.comparing(TicketMeasures.BacklogLine::status)
                        .thenComparing(line -> line.teamId() == null ? 0 : line.teamId()))
                .toList();
    }

    private List<Step> scenario(
            TenantInfo tenant, UserView supervisor, List<UserView> agents, UserView customer, List<Long> teamIds) {
        Random random = new Random(20261001);
        String[] categories = {
            "technical.network",
            "technical.client",
            "content.vulgar",
            "commercial.delivery",
            "commercial.returns",
            "suggestion",
            "consultation"
        };
        String[] products = {"智能门锁 X2", "扫地机器人 S7", "直播间 1024", "  智能门锁   X2 ", "耳机 Pro"};
        Channel[] channels = {Channel.WEB, Channel.APP, Channel.EMAIL, Channel.PHONE};
        Urgency[] urgencies = Urgency.values();
        Actor boss = Fixtures.actor(supervisor);
        Actor client = Fixtures.actor(customer);
        List<Step> steps = new ArrayList<>();
        Instant start = FIRST.atStartOfDay(SHANGHAI).toInstant();
        long span = Duration.between(
                        start, LAST.minusDays(3).atStartOfDay(SHANGHAI).toInstant())
                .toSeconds();
        for (int i = 0; i < TICKETS; i++) {
            Instant opened = start.plusSeconds((long) i * span / TICKETS + random.nextInt(600));
            String[] number = new String[1];
            String category = categories[random.nextInt(categories.length)];
            String product = products[random.nextInt(products.length)];
            Channel channel = channels[random.nextInt(channels.length)];
            Urgency urgency = urgencies[random.nextInt(urgencies.length)];
            steps.add(new Step(
                    opened,
                    () -> number[0] = tickets.open(
                                    tenant.id(),
                                    channel,
                                    Fixtures.validTicket()
                                            .category(category)
                                            .product(product)
                                            .urgency(urgency)
                                            .build(),
                                    client)
                            .number()));
            Actor agent = Fixtures.actor(agents.get(random.nextInt(agents.size())));
            Instant assigned = opened.plusSeconds(30 + random.nextInt(600));
            long team = teamIds.get(random.nextInt(teamIds.size()));
            if (random.nextInt(10) == 0) {
                continue; // never handled
            }
            steps.add(new Step(assigned, () -> tickets.route(number[0], team, agent.userId(), null, boss)));
            Instant replied = assigned.plusSeconds(60 + random.nextInt(8 * 3600));
            boolean replies = random.nextInt(10) < 8;
            if (replies) {
                steps.add(new Step(
                        replied, () -> tickets.addMessage(number[0], MessageKind.PUBLIC_REPLY, "您好，我们正在处理。", agent)));
                if (random.nextInt(3) == 0) {
                    Instant again = replied.plusSeconds(600 + random.nextInt(3600));
                    steps.add(new Step(
                            again, () -> tickets.addMessage(number[0], MessageKind.PUBLIC_REPLY, "请重启设备后再试。", agent)));
                }
            }
            if (random.nextInt(12) == 0) {
                Actor colleague = Fixtures.actor(agents.get(random.nextInt(agents.size())));
                steps.add(new Step(
                        replied.plusSeconds(120),
                        () -> transfers.transfer(
                                number[0], colleague.userId(), null, new HandoverNote("已确认是网络问题", "请继续跟进处理"), boss)));
            }
            if (random.nextInt(15) == 0) {
                steps.add(new Step(
                        replied.plusSeconds(200),
                        () -> tickets.flagComplaint(number[0], "客户要求投诉", TicketPriority.HIGH, boss)));
            }
            if (random.nextInt(20) == 0) {
                steps.add(new Step(
                        replied.plusSeconds(150), () -> transfers.escalate(number[0], "客户多次反馈，需高级工程师处理", boss)));
            }
            if (random.nextInt(20) == 0) {
                // sent up to the platform's support, answered before anyone could close the ticket
                long[] dispatch = new long[1];
                steps.add(new Step(
                        replied.plusSeconds(250),
                        () -> dispatch[0] = transfers
                                .dispatch(number[0], "平台接口报错，请协助排查", boss)
                                .id()));
                steps.add(new Step(
                        replied.plusSeconds(1200), () -> transfers.completeDispatch(dispatch[0], "平台接口已修复", operator)));
            }
            if (random.nextInt(10) < 7) {
                Instant solved = replied.plusSeconds(1800 + random.nextInt(3 * 24 * 3600));
                steps.add(new Step(
                        solved,
                        () -> tickets.changeStatus(number[0], TicketStatus.AWAITING_CONFIRMATION, null, agent)));
                int next = random.nextInt(10);
                if (next < 2) {
                    Instant reopened = solved.plusSeconds(3600 + random.nextInt(24 * 3600));
                    steps.add(new Step(
                            reopened, () -> tickets.changeStatus(number[0], TicketStatus.IN_PROGRESS, "还是不行", client)));
                    steps.add(new Step(
                            reopened.plusSeconds(7200),
                            () -> tickets.changeStatus(number[0], TicketStatus.AWAITING_CONFIRMATION, null, agent)));
                } else if (next < 7) {
                    Instant confirmed = solved.plusSeconds(600 + random.nextInt(12 * 3600));
                    steps.add(new Step(
                            confirmed, () -> tickets.changeStatus(number[0], TicketStatus.RESOLVED, null, client)));
                    if (next < 5) {
                        int a = 1 + random.nextInt(5);
                        int b = 1 + random.nextInt(5);
                        Satisfaction overall = Satisfaction.values()[random.nextInt(4)];
                        int nps = random.nextInt(11);
                        // the short form alone with NPS, the four dimensions alone (the earlier API), or both
                        Scores scores = switch (random.nextInt(3)) {
                            case 0 -> new Scores(overall, null, null, null, null, nps, null);
                            case 1 -> Scores.ofDimensions(a, b, Math.max(a, b), 5, null);
                            default -> new Scores(overall, a, null, b, 4, null, "好");
                        };
                        steps.add(new Step(
                                confirmed.plusSeconds(60 + random.nextInt(600)),
                                () -> ratings.rate(number[0], scores, client)));
                    }
                    if (next == 6) {
                        steps.add(new Step(
                                confirmed.plusSeconds(3600),
                                () -> tickets.changeStatus(number[0], TicketStatus.CLOSED, null, boss)));
                    }
                }
            }
        }
        return steps;
    }

    /** The raw rows of the tenant's tickets and a plain recomputation of every figure from them. */
    record Raw(List<RawTicket> tickets, List<RawOutcome> outcomes) {

        /** An SLA target's cycle as the SLA module recorded it settled. */
        record RawOutcome(long ticketId, String target, boolean met, LocalDate day) {}

        record RawTicket(
                long id,
                String number,
                @Nullable Long team,
                @Nullable Long agent,
                @Nullable String category,
                String channel,
                String urgency,
                @Nullable String product,
                boolean complaint,
                LocalDate registered,
                @Nullable LocalDate responded,
                long responseSeconds,
                long responseBusiness,
                @Nullable LocalDate solved,
                long resolutionSeconds,
                long resolutionBusiness,
                @Nullable LocalDate closed,
                @Nullable LocalDate reopened,
                int reopenCount,
                int repliesToSolve,
                int transfers,
                int dispatches,
                int escalations,
                @Nullable LocalDate rated,
                @Nullable RawRating rating) {}

        /** A rating as stored: the short form, the four dimensions (each may be missing) and the NPS answer. */
        record RawRating(
                String overall,
                @Nullable Integer[] dimensions,
                @Nullable Integer nps) {}

        static Raw read(JdbcClient jdbc, long tenantId, BusinessTime.Meter business) {
            Map<Long, List<Object[]>> history = new HashMap<>();
            jdbc.sql("select ticket_id, old_value, new_value, occurred_at from ticket_history where tenant_id = ?"
                            + " and field = 'status' order by occurred_at, id")
                    .param(tenantId)
                    .query(rs -> {
                        history.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(new Object[] {
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getTimestamp(4).toInstant()
                                });
                    });
            Map<Long, List<Instant>> replies = new HashMap<>();
            jdbc.sql("select ticket_id, created_at from ticket_message where tenant_id = ? and from_customer = false"
                            + " and kind = 'PUBLIC_REPLY'")
                    .param(tenantId)
                    .query(rs -> {
                        replies.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(rs.getTimestamp(2).toInstant());
                    });
            Map<String, int[]> handovers = new HashMap<>();
            jdbc.sql("select ticket_number, kind from handover where tenant_id = ?")
                    .param(tenantId)
                    .query(rs -> {
                        int[] c = handovers.computeIfAbsent(rs.getString(1), k -> new int[3]);
                        switch (rs.getString(2)) {
                            case "TRANSFER" -> c[0]++;
                            case "DISPATCH" -> c[1]++;
                            case "ESCALATION" -> c[2]++;
                            default -> {}
                        }
                    });
            Map<String, Object[]> rated = new HashMap<>();
            jdbc.sql("select ticket_number, created_at, response_speed, expertise, resolution, attitude, overall, nps"
                            + " from rating where tenant_id = ?")
                    .param(tenantId)
                    .query(rs -> {
                        rated.put(rs.getString(1), new Object[] {
                            rs.getTimestamp(2).toInstant(),
                            new RawRating(
                                    rs.getString(7),
                                    new Integer[] {
                                        rs.getObject(3, Integer.class),
                                        rs.getObject(4, Integer.class),
                                        rs.getObject(5, Integer.class),
                                        rs.getObject(6, Integer.class)
                                    },
                                    rs.getObject(8, Integer.class))
                        });
                    });
            List<RawTicket> rows = jdbc.sql("select id, number, team_id, assignee_id, category, channel, urgency,"
                            + " product, complaint, registered_at, first_response_at, closed_at, reopen_count"
                            + " from ticket where tenant_id = ?")
                    .param(tenantId)
                    .query((rs, n) -> {
                        long id = rs.getLong(1);
                        String number = rs.getString(2);
                        Instant registered = rs.getTimestamp(10).toInstant();
                        Timestamp firstResponse = rs.getTimestamp(11);
                        Timestamp closed = rs.getTimestamp(12);
                        Instant solved = null;
                        Instant reopened = null;
                        for (Object[] h : history.getOrDefault(id, List.of())) {
                            boolean toSolved = "AWAITING_CONFIRMATION".equals(h[1]) || "RESOLVED".equals(h[1]);
                            boolean fromSolved = "AWAITING_CONFIRMATION".equals(h[0]) || "RESOLVED".equals(h[0]);
                            if (solved == null && toSolved) {
                                solved = (Instant) h[2];
                            }
                            if (reopened == null && fromSolved && "IN_PROGRESS".equals(h[1])) {
                                reopened = (Instant) h[2];
                            }
                        }
                        Instant until = solved;
                        int repliesToSolve = (int) replies.getOrDefault(id, List.of()).stream()
                                .filter(at -> until == null || !at.isAfter(until))
                                .count();
                        int[] handed = handovers.getOrDefault(number, new int[3]);
                        Object[] rating = rated.get(number);
                        Instant responded = firstResponse == null ? null : firstResponse.toInstant();
                        return new RawTicket(
                                id,
                                number,
                                (Long) rs.getObject(3, Long.class),
                                (Long) rs.getObject(4, Long.class),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getString(7),
                                rs.getString(8),
                                rs.getBoolean(9),
                                day(registered),
                                responded == null ? null : day(responded),
                                responded == null
                                        ? 0
                                        : Duration.between(registered, responded)
                                                .toSeconds(),
                                responded == null
                                        ? 0
                                        : business.between(registered, responded)
                                                .toSeconds(),
                                solved == null ? null : day(solved),
                                solved == null
                                        ? 0
                                        : Duration.between(registered, solved).toSeconds(),
                                solved == null
                                        ? 0
                                        : business.between(registered, solved).toSeconds(),
                                closed == null ? null : day(closed.toInstant()),
                                reopened == null ? null : day(reopened),
                                rs.getInt(13),
                                repliesToSolve,
                                handed[0],
                                handed[1],
                                handed[2],
                                rating == null ? null : day((Instant) rating[0]),
                                rating == null ? null : (RawRating) rating[1]);
                    })
                    .list();
            List<RawOutcome> outcomes = jdbc.sql(
                            "select ticket_id, target, met, settled_at from sla_outcome" + " where tenant_id = ?")
                    .param(tenantId)
                    .query((rs, n) -> new RawOutcome(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getBoolean(3),
                            day(rs.getTimestamp(4).toInstant())))
                    .list();
            return new Raw(rows, outcomes);
        }

        static LocalDate day(Instant at) {
            return LocalDate.ofInstant(at, SHANGHAI);
        }

        String value(RawTicket t, Dimension dimension) {
            return switch (dimension) {
                case ALL, TENANT -> "";
                case TEAM -> t.team() == null ? "" : t.team().toString();
                case AGENT -> t.agent() == null ? "" : t.agent().toString();
                case CATEGORY -> t.category() == null ? "" : t.category();
                case CATEGORY_ROOT -> t.category() == null ? "" : t.category().split("\\.")[0];
                case CHANNEL -> t.channel();
                case URGENCY -> t.urgency();
                case PRODUCT ->
                    t.product() == null || t.product().isBlank()
                            ? ""
                            : t.product().strip().replaceAll("\\s+", " ");
            };
        }

        Figures figures(LocalDate from, LocalDate to, Predicate<RawTicket> of) {
            Predicate<LocalDate> in = d -> d != null && !d.isBefore(from) && !d.isAfter(to);
            List<RawTicket> mine = tickets.stream().filter(of).toList();
            List<RawTicket> received =
                    mine.stream().filter(t -> in.test(t.registered())).toList();
            List<RawTicket> responded =
                    mine.stream().filter(t -> in.test(t.responded())).toList();
            List<RawTicket> solved =
                    mine.stream().filter(t -> in.test(t.solved())).toList();
            List<RawTicket> rated =
                    mine.stream().filter(t -> in.test(t.rated())).toList();
            long fcr = solved.stream()
                    .filter(t -> t.repliesToSolve() == 1 && t.reopenCount() == 0 && t.transfers() == 0)
                    .count();
            long reopened = mine.stream().filter(t -> in.test(t.reopened())).count();
            Map<String, Figures.Attainment> sla = new java.util.LinkedHashMap<>();
            java.util.Set<Long> ids = mine.stream().map(RawTicket::id).collect(java.util.stream.Collectors.toSet());
            for (String target :
                    List.of("FIRST_RESPONSE", "NEXT_RESPONSE", "RESOLUTION", "EXPECTED_RESOLUTION", "RESULT_NOTICE")) {
                long met = outcomes.stream()
                        .filter(o -> ids.contains(o.ticketId()) && o.target().equals(target) && o.met())
                        .filter(o -> in.test(o.day()))
                        .count();
                long missed = outcomes.stream()
                        .filter(o -> ids.contains(o.ticketId()) && o.target().equals(target) && !o.met())
                        .filter(o -> in.test(o.day()))
                        .count();
                sla.put(target, new Figures.Attainment(met, missed, share(met, met + missed)));
            }
            return new Figures(
                    received.size(),
                    solved.size(),
                    mine.stream().filter(t -> in.test(t.closed())).count(),
                    reopened,
                    durations(responded, RawTicket::responseSeconds),
                    durations(responded, RawTicket::responseBusiness),
                    durations(solved, RawTicket::resolutionSeconds),
                    durations(solved, RawTicket::resolutionBusiness),
                    sla,
                    fcr,
                    share(fcr, solved.size()),
                    share(reopened, solved.size()),
                    share(received.stream().filter(t -> t.transfers() > 0).count(), received.size()),
                    share(received.stream().filter(t -> t.escalations() > 0).count(), received.size()),
                    received.stream().mapToLong(RawTicket::dispatches).sum(),
                    received.stream().filter(RawTicket::complaint).count(),
                    new Figures.Satisfaction(
                            rated.size(),
                            mean(rated, 0),
                            mean(rated, 1),
                            mean(rated, 2),
                            mean(rated, 3),
                            share(answered(rated, "VERY_SATISFIED"), rated.size()),
                            share(answered(rated, "SATISFIED") + answered(rated, "VERY_SATISFIED"), rated.size()),
                            share(answered(rated, "NEUTRAL"), rated.size()),
                            share(answered(rated, "DISSATISFIED"), rated.size()),
                            share(rated.size(), solved.size()),
                            npsAnswers(rated).size(),
                            npsAnswers(rated).isEmpty()
                                    ? null
                                    : 100.0
                                            * (npsAnswers(rated).stream()
                                                            .filter(n -> n >= 9)
                                                            .count()
                                                    - npsAnswers(rated).stream()
                                                            .filter(n -> n <= 6)
                                                            .count())
                                            / npsAnswers(rated).size()),
                    // no inspection is scored in this history
                    new Figures.Quality(0, null));
        }

        private static long answered(List<RawTicket> rated, String overall) {
            return rated.stream()
                    .filter(t -> Objects.requireNonNull(t.rating()).overall().equals(overall))
                    .count();
        }

        private static List<Integer> npsAnswers(List<RawTicket> rated) {
            return rated.stream()
                    .map(t -> Objects.requireNonNull(t.rating()).nps())
                    .filter(Objects::nonNull)
                    .toList();
        }

        private static @Nullable Double mean(List<RawTicket> rated, int dimension) {
            List<Integer> scores = rated.stream()
                    .map(t -> Objects.requireNonNull(t.rating()).dimensions()[dimension])
                    .filter(Objects::nonNull)
                    .toList();
            return scores.isEmpty()
                    ? null
                    : scores.stream().mapToLong(Integer::longValue).sum() / (double) scores.size();
        }

        private static Figures.Durations durations(List<RawTicket> tickets, Function<RawTicket, Long> seconds) {
            if (tickets.isEmpty()) {
                return new Figures.Durations(0, null, null, null);
            }
            List<Long> sorted = tickets.stream().map(seconds).sorted().toList();
            long sum = sorted.stream().mapToLong(Long::longValue).sum();
            return new Figures.Durations(
                    sorted.size(),
                    (double) sum / sorted.size(),
                    DurationHistogram.rounded(nearestRank(sorted, 0.5)),
                    DurationHistogram.rounded(nearestRank(sorted, 0.9)));
        }

        private static long nearestRank(List<Long> sorted, double fraction) {
            return sorted.get((int) Math.max(1, Math.ceil(fraction * sorted.size())) - 1);
        }

        private static @Nullable Double share(long part, long whole) {
            return whole == 0 ? null : (double) part / whole;
        }
    }
}
