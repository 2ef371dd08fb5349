package io.loopdesk.bench;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.sla.calendar.CalendarDraft;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.tenant.Plan;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.testing.TestMail;
import io.loopdesk.testing.TestNodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The timer benchmark of bench/README.md; not part of the test suite (its name is no test's), run by
 * {@code bench/timers.sh}. On PostgreSQL: loads open tickets with two running SLA clocks each by bulk SQL, measures
 * the idle cost of the SLA sweep's due query at 10k, 100k and 1M tickets, then lets a running node work off 10,000
 * clocks that fall due at once. Writes its figures to {@code target/bench-results.md}.
 */
class TimerBench {

    private static final String DATABASE = "loopdesk_bench";
    /**
     * Whether the supervisor has an e-mail address, so each breach is an e-mail too, delivered to a real SMTP server
     * (GreenMail, in this JVM); {@code -Dbench.mail=false}: in-app notices only, the SLA work alone.
     */
    private static final boolean MAIL = Boolean.parseBoolean(System.getProperty("bench.mail", "true"));
    /** Nodes working off the due clocks together ({@code -Dbench.nodes=2}), each with the default settings. */
    private static final int NODES = Integer.getInteger("bench.nodes", 1);

    private static final long ID_BASE = 100_000_000L;
    private static final Duration FIRST_RESPONSE = Duration.ofDays(30);
    private static final Duration RESOLUTION = Duration.ofDays(60);
    /** The SLA sweep's due query ({@code DueClocks.tenants}), run by each sweep once a second when nothing is due. */
    private static final String DUE_QUERY = "select distinct tenant_id from (select tenant_id from sla_clock"
            + " where timer_at <= ? order by timer_at limit 1000) due";

    private final StringBuilder report = new StringBuilder();

    @Test
    void run() throws Exception {
        int tickets = Integer.getInteger("bench.tickets", 1_000_000);
        int due = Integer.getInteger("bench.due", 10_000);
        BenchDatabase bench = BenchDatabase.fresh(DATABASE);
        Map<String, Object> database = bench.settings();

        Setup setup;
        Map<String, Object> noScheduler = new java.util.HashMap<>(database);
        noScheduler.put("db-scheduler.enabled", "false");
        try (ConfigurableApplicationContext loader = TestNodes.startOn(noScheduler)) {
            setup = setUp(loader);
        }
        line("# Timer benchmark: " + tickets + " open tickets, " + due + " due timers");
        line("");
        try (Connection db = bench.connect()) {
            int loaded = 0;
            line("## Idle cost of the timer loop (nothing due)");
            line("");
            line(
                    "| open tickets | clocks waiting | due query, EXPLAIN ANALYZE execution | wall time per poll (JDBC, mean of 500) | plan |");
            line("|---:|---:|---:|---:|---|");
            for (int size : List.of(10_000, 100_000, tickets)) {
                if (size > tickets || size <= loaded) {
                    continue;
                }
                long started = System.nanoTime();
                load(db, setup, loaded + 1, size, null);
                System.out.printf("loaded %d tickets in %d s%n", size, (System.nanoTime() - started) / 1_000_000_000);
                loaded = size;
                try (Statement analyze = db.createStatement()) {
                    analyze.execute("vacuum analyze sla_clock");
                }
                idle(db, size);
            }
            line("");
            Map<String, Object> settings = new java.util.HashMap<>(database);
            if (MAIL) {
                TestMail.start();
                settings.putAll(TestMail.properties());
            }
            try (ConfigurableApplicationContext node = TestNodes.startOn(settings);
                    ConfigurableApplicationContext second = NODES > 1 ? TestNodes.startOn(settings) : null) {
                processDue(db, setup, loaded, due);
                idle(db, loaded);
                // written before the nodes stop: a stop waits for the timers they run, such as a report's check
                // over every ticket loaded
                Files.writeString(Path.of("target/bench-results.md"), report);
            }
        }
        line("");
        line("Machine: " + BenchDatabase.machine());
        Files.writeString(Path.of("target/bench-results.md"), report);
        System.out.println(report);
    }

    /** The tenant (24×7, so notices are never held back), a customer and a supervisor who gets the breach notices. */
    private record Setup(long tenantId, long customerId) {}

    private Setup setUp(ConfigurableApplicationContext node) {
        TenantInfo tenant = TenantScope.asSystem(() -> node.getBean(Tenants.class)
                .register("bench", "Bench", Plan.ENTERPRISE, ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE));
        UserAccounts users = node.getBean(UserAccounts.class);
        UserView customer = TenantScope.asSystem(() -> users.create(
                tenant.id(),
                NewUser.customer(
                        "bench-customer",
                        "Bench customer",
                        "customer@bench.example",
                        "13812341234",
                        CustomerLevel.STANDARD),
                "bench-password"));
        TenantScope.asSystem(() -> users.create(
                tenant.id(),
                new NewUser(
                        "bench-supervisor",
                        "Bench supervisor",
                        MAIL ? "supervisor@bench.example" : null,
                        null,
                        Set.of(Role.SUPERVISOR),
                        CustomerLevel.STANDARD),
                "bench-password"));
        Map<DayOfWeek, String> always = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            always.put(day, "00:00-24:00");
        }
        node.getBean(Calendars.class)
                .save(
                        tenant.id(),
                        null,
                        new CalendarDraft("Asia/Shanghai", always, List.of()),
                        Actor.system(tenant.id()));
        return new Setup(tenant.id(), customer.id());
    }

    /**
     * Tickets {@code from..to} with their SLA rows, two running clocks (first response, resolution; calendar time)
     * waiting for their due times (their warnings went out), exactly as the SLA module would have stored them. Due ones have their first
     * response due at {@code dueAt}; the others far in the future.
     */
    private void load(Connection db, Setup setup, int from, int to, @Nullable Instant dueAt) throws Exception {
        Instant now = Instant.now();
        // due tickets opened an hour before their first response is due; the rest opened now, due in 30 days
        String registered = dueAt == null
                ? "?::timestamptz - (g % 3600) * interval '1 second'"
                : "?::timestamptz - interval '1 hour'";
        Timestamp base = Timestamp.from(dueAt == null ? now : dueAt);
        long firstResponse = dueAt == null ? FIRST_RESPONSE.toSeconds() : 3600;
        for (int chunkStart = from; chunkStart <= to; chunkStart += 100_000) {
            int chunkEnd = Math.min(to, chunkStart + 99_999);
            BenchDatabase.exec(
                    db,
                    "insert into ticket (id, tenant_id, number, channel, status, urgency, feedback_type, customer_name,"
                            + " contact_person, contact, product, title, description, requester_id, created_by,"
                            + " first_received_at, registered_at, updated_at, resolution_due_at, reopen_count, version,"
                            + " complaint, priority)"
                            + " select " + ID_BASE + " + g, ?, '261123-' || (" + ID_BASE
                            + " + g), 'WEB', 'NEW', 'NORMAL', 'FAULT',"
                            + " 'Bench', 'Bench', '13812341234', 'Bench product', 'Bench ticket ' || g,"
                            + " 'A bench ticket that stands for a real one: its clocks and timers are what is measured.', ?, ?,"
                            + " r.at, r.at, r.at, r.at + interval '60 days', 0, 0, false, 0"
                            + " from generate_series(?, ?) g, lateral (select " + registered + " as at) r",
                    setup.tenantId(),
                    setup.customerId(),
                    setup.customerId(),
                    chunkStart,
                    chunkEnd,
                    base);
            BenchDatabase.exec(
                    db,
                    "insert into sla_ticket (ticket_id, tenant_id, ticket_number, policy, tracked_since)"
                            + " select id, tenant_id, number, 'STANDARD', registered_at from ticket where id between ? and ?",
                    ID_BASE + chunkStart,
                    ID_BASE + chunkEnd);
            for (String target : List.of("FIRST_RESPONSE", "RESOLUTION")) {
                long budget = target.equals("FIRST_RESPONSE") ? firstResponse : RESOLUTION.toSeconds();
                int offset = target.equals("FIRST_RESPONSE") ? 0 : 1;
                BenchDatabase.exec(
                        db,
                        "insert into sla_clock (id, tenant_id, ticket_id, target, basis, budget_seconds, phase, cycle,"
                                + " spent_seconds, running_since, due_at, warn_at, stopped_at, warned_cycle, breached_cycle,"
                                + " timer_at, version)"
                                + " select 2 * id + " + offset + ", tenant_id, id, ?, 'CALENDAR', ?, 'RUNNING', 1, 0,"
                                + " registered_at, registered_at + ? * interval '1 second',"
                                + " registered_at + ? * interval '1 second', null, 1, 0,"
                                + " registered_at + ? * interval '1 second', 0"
                                + " from ticket where id between ? and ?",
                        target,
                        budget,
                        budget,
                        budget * 3 / 4,
                        budget,
                        ID_BASE + chunkStart,
                        ID_BASE + chunkEnd);
            }
        }
    }

    /** EXPLAIN ANALYZE of the due query, and its mean wall time over 500 runs from this JVM. */
    private void idle(Connection db, int openTickets) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        String plan;
        double explained;
        StringBuilder full = new StringBuilder();
        try (PreparedStatement explain = db.prepareStatement("explain (analyze, buffers) " + DUE_QUERY)) {
            explain.setTimestamp(1, now);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    full.append(rows.getString(1)).append('\n');
                }
            }
        }
        plan = full.toString()
                .lines()
                .filter(l -> l.contains("Scan"))
                .findFirst()
                .orElse("?")
                .strip();
        explained = Double.parseDouble(full.toString()
                .lines()
                .filter(l -> l.startsWith("Execution Time"))
                .findFirst()
                .orElseThrow()
                .replaceAll("[^0-9.]", ""));
        long runs = 500;
        long started = System.nanoTime();
        try (PreparedStatement poll = db.prepareStatement(DUE_QUERY)) {
            for (int i = 0; i < runs; i++) {
                poll.setTimestamp(1, Timestamp.from(Instant.now()));
                try (ResultSet rows = poll.executeQuery()) {
                    while (rows.next()) {
                        // nothing is due: no row expected
                    }
                }
            }
        }
        double wall = (System.nanoTime() - started) / 1e6 / runs;
        long timers = BenchDatabase.single(db, "select count(*) from sla_clock where timer_at is not null");
        line(String.format(
                Locale.ROOT, "| %,d | %,d | %.3f ms | %.3f ms | `%s` |", openTickets, timers, explained, wall, plan));
        System.out.println(full);
    }

    /** 10,000 more tickets whose first response falls due in 5 s; how long until every breach is recorded. */
    private void processDue(Connection db, Setup setup, int loaded, int due) throws Exception {
        Instant dueAt = Instant.now().plusSeconds(5);
        load(db, setup, loaded + 1, loaded + due, dueAt);
        while (Instant.now().isBefore(dueAt)) {
            Thread.sleep(10);
        }
        long started = System.nanoTime();
        long breachesDone = 0;
        long deadline = started + Duration.ofMinutes(30).toNanos();
        while (BenchDatabase.single(db, "select count(*) from sla_breach") < due && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        breachesDone = System.nanoTime();
        // the notices' deliveries; the SLA sweeps and other recurring timers are always about to run again
        while (BenchDatabase.single(
                                db,
                                "select count(*) from scheduled_tasks where task_name = 'notification-delivery'"
                                        + " and execution_time <= now()")
                        > 0
                && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long allDone = System.nanoTime();
        long breaches = BenchDatabase.single(db, "select count(*) from sla_breach");
        long notices = BenchDatabase.single(db, "select count(*) from notification");
        line("## Working off " + due + " due SLA clocks with " + loaded + " other open tickets (" + NODES
                + (NODES == 1 ? " node, " : " nodes, ")
                + (MAIL ? "in-app and e-mail notices, SMTP to GreenMail" : "in-app notices only") + ")");
        line("");
        line(String.format(
                Locale.ROOT,
                "- breaches recorded, with their notices queued: %,d in %.1f s (%.0f clocks/s)",
                breaches,
                (breachesDone - started) / 1e9,
                breaches / ((breachesDone - started) / 1e9)));
        line(String.format(
                Locale.ROOT,
                "- with the %,d notifications they raised delivered too (e-mails sent): %.1f s",
                notices,
                (allDone - started) / 1e9));
        line("- each ticket: claim its SLA row, replay its trail (ticket, history, messages, progress; read for 100"
                + " tickets at once), record the breach, notify the supervisor");
        line("");
        line("Idle cost again after processing:");
        line("");
        line(
                "| open tickets | clocks waiting | due query, EXPLAIN ANALYZE execution | wall time per poll (JDBC, mean of 500) | plan |");
        line("|---:|---:|---:|---:|---|");
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
