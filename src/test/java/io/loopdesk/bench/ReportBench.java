package io.loopdesk.bench;

import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.reporting.rollup.ReportFold;
import io.loopdesk.routing.Teams;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.Plan;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.testing.TestNodes;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The report benchmark of bench/README.md, run by {@code bench/reports.sh}; not part of the test suite. On
 * PostgreSQL: a year of a tenant's tickets (a million by default) loaded by bulk SQL with replies, solutions,
 * closings and ratings; every ticket folded into the rollups (as the nightly check would after an upgrade); then
 * the period report over the whole year for each breakdown and the live wall, read over real HTTP. Writes
 * {@code target/bench/reports-postgresql.txt}.
 */
class ReportBench {

    private static final String DATABASE = "loopdesk_bench_reports";
    private static final long ID_BASE = 300_000_000L;
    private static final String PASSWORD = "bench-password";
    private static final int CHUNK = 100_000;

    private final StringBuilder report = new StringBuilder();
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void run() throws Exception {
        int tickets = Integer.getInteger("bench.tickets", 1_000_000);
        int reads = Integer.getInteger("bench.reads", 200);
        BenchDatabase bench = BenchDatabase.fresh(DATABASE);
        try (ConfigurableApplicationContext node = TestNodes.startOn(bench.settings());
                Connection db = bench.connect()) {
            String base = "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
            TenantInfo tenant = TenantScope.asSystem(() -> node.getBean(Tenants.class)
                    .register(
                            "bench", "Bench", Plan.ENTERPRISE, ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE));
            UserAccounts users = node.getBean(UserAccounts.class);
            UserView customer = TenantScope.asSystem(() -> users.create(
                    tenant.id(),
                    NewUser.customer(
                            "bench-customer", "Bench customer", "c@bench.example", null, CustomerLevel.STANDARD),
                    PASSWORD));
            TenantScope.asSystem(() -> users.create(
                    tenant.id(),
                    new NewUser(
                            "bench-supervisor",
                            "Supervisor",
                            "s@bench.example",
                            null,
                            Set.of(Role.SUPERVISOR),
                            CustomerLevel.STANDARD),
                    PASSWORD));
            List<Long> agents = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String name = "bench-agent-" + i;
                agents.add(TenantScope.asSystem(() -> users.create(
                                tenant.id(),
                                new NewUser(
                                        name,
                                        name,
                                        name + "@bench.example",
                                        null,
                                        Set.of(Role.AGENT),
                                        CustomerLevel.STANDARD),
                                PASSWORD))
                        .id());
            }
            List<Long> teams = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int n = i;
                teams.add(TenantScope.asSystem(() -> node.getBean(Teams.class).create(tenant.id(), "Team " + n, null))
                        .id());
            }

            long started = System.nanoTime();
            load(db, tenant.id(), customer.id(), agents, teams, tickets);
            BenchDatabase.exec(db, "vacuum analyze");
            double loadSeconds = (System.nanoTime() - started) / 1e9;
            line(String.format(
                    Locale.ROOT,
                    "# Report benchmark: %,d tickets over a year loaded in %.0f s, PostgreSQL",
                    tickets,
                    loadSeconds));
            line("");
            line(BenchDatabase.machine());
            line("");

            BenchDatabase.exec(
                    db, "insert into report_mark (ticket_id, tenant_id, mark) select id, tenant_id, 0 from ticket");
            started = System.nanoTime();
            int folded = node.getBean(ReportFold.class).foldPending();
            double foldSeconds = (System.nanoTime() - started) / 1e9;
            BenchDatabase.exec(
                    db, "vacuum analyze report_rollup, report_rollup_month, report_open, report_term, report_ticket");
            long rows = BenchDatabase.single(db, "select count(*) from report_rollup");
            line(String.format(
                    Locale.ROOT,
                    "Folding every ticket into the rollups (what the nightly check does after an upgrade): %,d tickets"
                            + " in %.0f s, **%,.0f tickets/s**; %,d rollup rows.",
                    folded,
                    foldSeconds,
                    folded / foldSeconds,
                    rows));
            line("");

            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            String year = "from=" + today.minusDays(364) + "&to=" + today;
            line("| request (one client, " + reads + " reads after 20 to warm up) | p50 | p99 | max |");
            line("|---|---:|---:|---:|");
            for (String dimension :
                    List.of("all", "team", "agent", "category", "categoryRoot", "channel", "urgency", "product")) {
                for (String by : List.of("quarter", "month", "week", "day")) {
                    time(base, "/api/v1/reports/period?" + year + "&by=" + by + "&dimension=" + dimension, reads);
                }
            }
            time(base, "/api/v1/reports/wall", reads);
            Path out = Path.of("target/bench/reports-postgresql.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, report.toString());
        }
    }

    private void time(String base, String path, int reads) throws Exception {
        // -Dbench.only=wall (any part of the path) times only the requests that contain it
        if (!path.contains(System.getProperty("bench.only", ""))) {
            return;
        }
        String auth = "Basic "
                + Base64.getEncoder().encodeToString(("bench-supervisor:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", auth)
                .header("Accept-Language", "zh-CN")
                .build();
        for (int i = 0; i < 20; i++) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
            }
        }
        double[] millis = new double[reads];
        for (int i = 0; i < reads; i++) {
            long start = System.nanoTime();
            http.send(request, HttpResponse.BodyHandlers.ofString());
            millis[i] = (System.nanoTime() - start) / 1e6;
            if (millis[i] > 150) {
                System.err.printf(Locale.ROOT, "slow read at %s: %.1f ms %s%n", Instant.now(), millis[i], path);
            }
        }
        Arrays.sort(millis);
        line(String.format(
                Locale.ROOT,
                "| `GET %s` | %.1f ms | %.1f ms | %.1f ms |",
                path.replaceAll("from=[0-9-]+&to=[0-9-]+", "{a year}"),
                millis[reads / 2],
                millis[(int) Math.ceil(reads * 0.99) - 1],
                millis[reads - 1]));
    }

    /**
     * A year of tickets: statuses, urgencies, channels, 12 categories, 30 products, 8 teams and 40 agents spread
     * evenly; 90 % answered within two hours, 70 % solved within two days (a history line), half of those closed,
     * a third of those rated.
     */
    private static void load(
            Connection db, long tenantId, long customerId, List<Long> agents, List<Long> teams, int tickets)
            throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        String agentArray =
                "array[" + String.join(",", agents.stream().map(String::valueOf).toList()) + "]";
        String teamArray =
                "array[" + String.join(",", teams.stream().map(String::valueOf).toList()) + "]";
        String registered =
                "(cast(? as timestamp with time zone) - (g * 31449600.0 / " + tickets + ") * interval '1'" + " second)";
        for (int from = 1; from <= tickets; from += CHUNK) {
            int to = Math.min(tickets, from + CHUNK - 1);
            BenchDatabase.exec(
                    db,
                    "insert into ticket (id, tenant_id, number, channel, status, urgency, feedback_type, category,"
                            + " customer_name, contact_person, contact, product, title, description, requester_id,"
                            + " created_by, assignee_id, team_id, first_received_at, registered_at, updated_at,"
                            + " first_response_at, resolved_at, closed_at, resolution_due_at, reopen_count, version,"
                            + " complaint, priority)"
                            + " select " + ID_BASE + " + g, ?, 'R' || g,"
                            + " (array['WEB','APP','EMAIL','PHONE','CHAT','LIVE_ROOM'])[1 + mod(g, 6)],"
                            + " case when mod(g, 10) < 7 then (case when mod(g, 2) = 0 then 'CLOSED' else 'RESOLVED'"
                            + " end) when mod(g, 10) = 7 then 'IN_PROGRESS' when mod(g, 10) = 8 then 'NEW'"
                            + " else 'WAITING_CUSTOMER' end,"
                            + " (array['NORMAL','URGENT','CRITICAL'])[1 + mod(g, 3)], 'FAULT',"
                            + " (array['technical.network','technical.client','technical.server','technical.stream',"
                            + "'content.vulgar','content.false-ads','commercial.quality','commercial.delivery',"
                            + "'commercial.logistics','commercial.returns','suggestion','consultation'])[1 + mod(g, 12)],"
                            + " 'Bench customer', 'Bench', '13812341234', 'Product ' || mod(g, 30), 'Bench ticket ' || g,"
                            + " 'Bench description ' || g, ?, ?, (" + agentArray + ")[1 + mod(g, 40)], ("
                            + teamArray + ")[1 + mod(g, 8)], " + registered + ", " + registered + ", " + registered
                            + ", case when mod(g, 10) < 9 then " + registered + " + mod(g * 7, 7200) * interval '1'"
                            + " second end, null,"
                            + " case when mod(g, 10) < 7 and mod(g, 2) = 0 then " + registered
                            + " + interval '3' day end, " + registered + " + interval '2' day,"
                            + " 0, 0, mod(g, 50) = 0, 0 from generate_series(?, ?) as s(g)",
                    tenantId,
                    customerId,
                    customerId,
                    now,
                    now,
                    now,
                    now,
                    now,
                    now,
                    from,
                    to);
            long low = ID_BASE + from;
            long high = ID_BASE + to;
            BenchDatabase.exec(
                    db,
                    "insert into ticket_history (id, tenant_id, ticket_id, actor_id, actor_name, occurred_at, field,"
                            + " old_value, new_value, note) select id, tenant_id, id, assignee_id, 'Bench',"
                            + " registered_at + (7200 + mod(id, 172800)) * interval '1' second, 'status',"
                            + " 'IN_PROGRESS', 'RESOLVED', null from ticket where id between ? and ?"
                            + " and status in ('RESOLVED', 'CLOSED')",
                    low,
                    high);
            BenchDatabase.exec(
                    db,
                    "insert into ticket_message (id, tenant_id, ticket_id, kind, author_id, author_name, from_customer,"
                            + " body, created_at) select id, tenant_id, id, 'PUBLIC_REPLY', assignee_id, 'Bench',"
                            + " false, '您好，已处理。', first_response_at from ticket where id between ? and ?"
                            + " and first_response_at is not null",
                    low,
                    high);
            BenchDatabase.exec(
                    db,
                    "insert into rating (id, tenant_id, ticket_number, customer_id, overall, response_speed,"
                            + " expertise, resolution, attitude, nps, comment, created_at) select id, tenant_id,"
                            + " number, requester_id, (array['VERY_SATISFIED', 'SATISFIED', 'NEUTRAL',"
                            + " 'DISSATISFIED'])[1 + mod(id / 7, 4)], 1 + mod(id, 5), 1 + mod(id / 5, 5),"
                            + " 1 + mod(id / 25, 5), 5, mod(id, 11), null,"
                            + " registered_at + interval '3' day from ticket where id between ? and ?"
                            + " and status = 'CLOSED' and mod(id, 3) = 0",
                    low,
                    high);
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}
