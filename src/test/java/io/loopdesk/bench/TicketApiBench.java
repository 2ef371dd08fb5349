package io.loopdesk.bench;

import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.AfterCommit;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.Plan;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.testing.TestNodes;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The ticket API benchmark of bench/README.md; not part of the test suite (its name is no test's), run by
 * {@code bench/api.sh}. On PostgreSQL with a million tickets loaded by bulk SQL: tickets created per second through
 * {@code POST /api/v1/tickets} by agents authenticating with HTTP Basic on every request, and the latency of
 * {@code GET /api/v1/tickets} (filtered, keyset-paginated) at the first page and deep in the list. Writes its figures
 * to {@code target/bench/api-postgresql.txt}.
 */
class TicketApiBench {

    private static final String DATABASE = "loopdesk_bench_api";
    private static final long ID_BASE = 200_000_000L;
    private static final String PASSWORD = "bench-password";
    private static final String TICKET = """
            {"customerName":"上海某某科技有限公司","contactPerson":"张伟","contact":"13812341234",\
            "product":"智能门锁 X2","phone":"13812341234","urgency":"%s",\
            "description":"门锁从昨天晚上开始无法用指纹开门，屏幕提示验证失败，已经重启过三次，电池也换了新的，还是不行，请尽快安排处理。"}""";

    private final StringBuilder report = new StringBuilder();
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newFixedThreadPool(4))
            .build();

    @Test
    void run() throws Exception {
        int tickets = Integer.getInteger("bench.tickets", 1_000_000);
        int creates = Integer.getInteger("bench.creates", 15_000);
        int threads = Integer.getInteger("bench.threads", 8);
        int reads = Integer.getInteger("bench.reads", 1_000);
        BenchDatabase bench = BenchDatabase.fresh(DATABASE);
        try (ConfigurableApplicationContext node = TestNodes.startOn(bench.settings());
                Connection db = bench.connect()) {
            String base = "http://localhost:" + node.getEnvironment().getProperty("local.server.port");
            Setup setup = setUp(node, threads);
            long started = System.nanoTime();
            load(db, setup, tickets);
            long loadSeconds = (System.nanoTime() - started) / 1_000_000_000;
            try (Statement analyze = db.createStatement()) {
                analyze.execute("vacuum analyze ticket");
            }
            line("# Ticket API benchmark: " + String.format(Locale.ROOT, "%,d", tickets) + " tickets loaded (in "
                    + loadSeconds + " s), PostgreSQL");
            line("");

            Warmup warmup = warmUp(setup, base, threads, Integer.getInteger("bench.warmup", 90_000));
            awaitAfterCommitWork(db, node.getBean(AfterCommit.class));
            MachineCpu before = MachineCpu.now();
            long compilingBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
            long firstRequest = System.nanoTime();
            Timings created = creates(setup, base, creates, threads);
            awaitAfterCommitWork(db, node.getBean(AfterCommit.class));
            double drainedSeconds = (System.nanoTime() - firstRequest) / 1e9;
            MachineCpu used = MachineCpu.now().minus(before);
            long compiling = ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compilingBefore;
            line("## Creating tickets: POST /api/v1/tickets, HTTP Basic on every request");
            line("");
            line(String.format(
                    Locale.ROOT,
                    "work after commit (radar, assignment pass, reactions) done %.1f s after the first request:"
                            + " **%.0f tickets/s end to end**; machine CPU %.1f ms per ticket, of which %.1f ms in"
                            + " the node's JVM (with the client) and %.1f ms elsewhere, mostly PostgreSQL (%.0f %%"
                            + " busy, %.0f %% stolen by the host)",
                    drainedSeconds,
                    creates / drainedSeconds,
                    used.busyMillis() / creates,
                    used.jvmMillis() / creates,
                    (used.busyMillis() - used.jvmMillis()) / creates,
                    used.busyPercent(),
                    used.stealPercent()));
            line("");
            line(String.format(
                    Locale.ROOT,
                    "%,d tickets by %d agents in parallel: **%.0f tickets/s** (p50 %.1f ms, p95 %.1f ms, p99 %.1f ms)",
                    creates,
                    threads,
                    created.perSecond(),
                    created.percentile(50),
                    created.percentile(95),
                    created.percentile(99)));
            line("");
            line(String.format(
                    Locale.ROOT,
                    "Measured warm, as a server runs: before it, %,d tickets in rounds of %,d warmed the JIT up"
                            + " (%.0f s of compilation) until it compiled for less than %d %% of a round; the rounds"
                            + " made %s tickets/s%s. During the measured run the JIT compiled for"
                            + " %.1f s.",
                    warmup.tickets(),
                    WARMUP_ROUND,
                    warmup.compilingMillis() / 1000.0,
                    WARMUP_QUIET_PERCENT,
                    warmup.perSecond().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                    warmup.quiet() ? "" : " (it was still compiling when the warm-up limit was reached)",
                    compiling / 1000.0));
            line("");

            // what autovacuum does on a server after the table grew by 2 % (V6_6); it is off on some machines
            try (Statement analyze = db.createStatement()) {
                analyze.execute("analyze ticket");
            }
            line("## Listing tickets: GET /api/v1/tickets, 50 per page, newest first, one client, " + reads
                    + " requests each");
            line("");
            line("(The statistics renewed first, as autovacuum does after the table grew by 2 %.)");
            line("");
            line("| list | page | p50 | p99 | max |");
            line("|---|---|---:|---:|---:|");
            String agent = setup.agents().getFirst();
            for (ListCase list : List.of(
                    new ListCase("all tickets", "", ""),
                    new ListCase("status=IN_PROGRESS", "&status=IN_PROGRESS", "status = 'IN_PROGRESS'"),
                    new ListCase(
                            "status=NEW, urgency=CRITICAL",
                            "&status=NEW&urgency=CRITICAL",
                            "status = 'NEW' and urgency = 'CRITICAL'"),
                    new ListCase(
                            "category=commercial (and its sub-categories)",
                            "&category=commercial",
                            "(category = 'commercial' or category like 'commercial.%')"),
                    new ListCase(
                            "channel=EMAIL, created in 2026-03",
                            "&channel=EMAIL&createdFrom=2026-03-01" + "&createdTo=2026-03-31",
                            "channel = 'EMAIL' and registered_at >= '2026-03-01'"
                                    + " and registered_at < '2026-04-01'"),
                    new ListCase(
                            "text contains a number (q=ticket 12345)", "&q=ticket%2012345", contains("ticket 12345")),
                    new ListCase("text contains a common word (q=指纹)", "&q=%E6%8C%87%E7%BA%B9", contains("指纹")),
                    new ListCase(
                            "text contains a phrase in no ticket (q=发票抬头)",
                            "&q=%E5%8F%91%E7%A5%A8%E6%8A%AC%E5%A4%B4",
                            contains("发票抬头")))) {
                long matching = BenchDatabase.single(
                        db,
                        "select count(*) from ticket where tenant_id = " + setup.tenantId()
                                + (list.where().isEmpty() ? "" : " and " + list.where()));
                Timings first = reads(base, agent, "/api/v1/tickets?limit=50" + list.query(), reads);
                line(String.format(
                        Locale.ROOT,
                        "| %s (%,d tickets) | first | %.1f ms | %.1f ms | %.1f ms |",
                        list.name(),
                        matching,
                        first.percentile(50),
                        first.percentile(99),
                        first.max()));
                if (matching <= 50) {
                    line("| | (one page only) | | | |");
                    continue;
                }
                long depth = matching * 9 / 10;
                String cursor = cursorAt(db, setup.tenantId(), list.where(), depth);
                Timings deep =
                        reads(base, agent, "/api/v1/tickets?limit=50" + list.query() + "&cursor=" + cursor, reads);
                line(String.format(
                        Locale.ROOT,
                        "| | after %,d tickets | %.1f ms | %.1f ms | %.1f ms |",
                        depth,
                        deep.percentile(50),
                        deep.percentile(99),
                        deep.max()));
            }
            line("");
            line("Machine: " + BenchDatabase.machine());
        }
        Path out = Path.of("target", "bench", "api-postgresql.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }

    private static final int WARMUP_ROUND = 3_000;

    private static final int WARMUP_QUIET_PERCENT = 5;

    private record Warmup(int tickets, long compilingMillis, List<Long> perSecond, boolean quiet) {}

    /**
     * Creates tickets until the JIT is done: on two cores its one C2 thread needs tens of thousands of requests to
     * compile the hot paths, and until then the node runs on slower profiled code and shares a core with the
     * compiler (a run measured after 3,000 tickets spent 5.0 ms of JVM CPU per ticket, one after 30,000 1.5 ms).
     */
    private Warmup warmUp(Setup setup, String base, int threads, int limit) throws Exception {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        long compilingBefore = jit.getTotalCompilationTime();
        int tickets = 0;
        List<Long> rounds = new ArrayList<>();
        boolean quiet = false;
        while (tickets < limit && !quiet) {
            long compiling = jit.getTotalCompilationTime();
            Timings round = creates(setup, base, WARMUP_ROUND, threads);
            tickets += WARMUP_ROUND;
            rounds.add(Math.round(round.perSecond()));
            long compiled = jit.getTotalCompilationTime() - compiling;
            quiet = compiled * 100 < round.elapsedNanos() / 1_000_000 * WARMUP_QUIET_PERCENT;
        }
        return new Warmup(tickets, jit.getTotalCompilationTime() - compilingBefore, rounds, quiet);
    }

    private record Setup(long tenantId, long customerId, List<String> agents) {}

    private record ListCase(String name, String query, String where) {}

    private static String contains(String text) {
        return "(lower(title) like '%" + text + "%' or lower(description) like '%" + text + "%')";
    }

    private Setup setUp(ConfigurableApplicationContext node, int agents) {
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
                PASSWORD));
        List<String> names = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            String name = "bench-agent-" + i;
            TenantScope.asSystem(() -> users.create(
                    tenant.id(),
                    new NewUser(
                            name,
                            "Agent " + name,
                            name + "@bench.example",
                            null,
                            Set.of(Role.AGENT),
                            CustomerLevel.STANDARD),
                    PASSWORD));
            names.add(name);
        }
        return new Setup(tenant.id(), customer.id(), names);
    }

    /**
     * A year of tickets, spread over every status, urgency, channel and category the way a busy desk's are, so the
     * filters select realistic shares.
     */
    private void load(Connection db, Setup setup, int tickets) throws Exception {
        Timestamp now = Timestamp.from(Instant.parse("2026-11-23T00:00:00Z"));
        for (int from = 1; from <= tickets; from += 100_000) {
            int to = Math.min(tickets, from + 99_999);
            BenchDatabase.exec(
                    db,
                    "insert into ticket (id, tenant_id, number, channel, status, urgency, feedback_type, category,"
                            + " customer_name, contact_person, contact, product, title, description, requester_id,"
                            + " created_by, first_received_at, registered_at, updated_at, resolution_due_at,"
                            + " reopen_count, version, complaint, priority)"
                            + " select " + ID_BASE + " + g, ?, 'B' || g,"
                            + " (array['WEB','APP','EMAIL','PHONE','CHAT','SOCIAL_MEDIA'])[1 + g % 6],"
                            + " (array['CLOSED','CLOSED','CLOSED','RESOLVED','IN_PROGRESS','NEW','WAITING_CUSTOMER',"
                            + "'AWAITING_CONFIRMATION'])[1 + (g / 7) % 8],"
                            + " (array['NORMAL','NORMAL','NORMAL','URGENT','CRITICAL'])[1 + (g / 3) % 5], 'FAULT',"
                            + " (array['technical.network','technical.client','technical.stream','content.vulgar',"
                            + "'commercial.quality','commercial.delivery','commercial.returns','suggestion',"
                            + "'consultation','commercial'])[1 + (g / 11) % 10],"
                            + " 'Bench customer ' || g % 5000, 'Bench', '13812341234', 'Bench product',"
                            + " 'Bench ticket ' || g,"
                            + " 'A loaded ticket standing for a real one; the list filters and pagination are measured.',"
                            + " ?, ?, r.at, r.at, r.at, r.at + interval '48 hours', 0, 0, false, 0"
                            + " from generate_series(?, ?) g,"
                            + " lateral (select ?::timestamptz - (? - g) * interval '" + (31_536_000_000L / tickets)
                            + " milliseconds' as at) r",
                    setup.tenantId(),
                    setup.customerId(),
                    setup.customerId(),
                    from,
                    to,
                    now,
                    tickets);
        }
    }

    /** The cursor the API would hand out after the {@code depth}-th newest ticket (see TicketCursor). */
    private static String cursorAt(Connection db, long tenantId, String where, long depth) throws Exception {
        try (PreparedStatement statement = db.prepareStatement("select registered_at, id from ticket where"
                + " tenant_id = ?" + (where.isEmpty() ? "" : " and " + where)
                + " order by registered_at desc, id desc offset ? limit 1")) {
            statement.setLong(1, tenantId);
            statement.setLong(2, depth - 1);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Instant at = row.getTimestamp(1).toInstant();
                String raw = "NEWEST:" + at.getEpochSecond() + ":" + at.getNano() + ":" + row.getLong(2);
                return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    private Timings creates(Setup setup, String base, int count, int threads) throws Exception {
        String[] urgencies = {"NORMAL", "NORMAL", "URGENT", "CRITICAL"};
        List<Long> nanos = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Callable<Void>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int thread = t;
            String agent = setup.agents().get(thread % setup.agents().size());
            work.add(() -> {
                for (int i = thread; i < count; i += threads) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/tickets"))
                            .header("Authorization", basic(agent))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(TICKET.formatted(urgencies[i % 4])))
                            .build();
                    long start = System.nanoTime();
                    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                    nanos.add(System.nanoTime() - start);
                    if (response.statusCode() != 201) {
                        throw new IllegalStateException(response.statusCode() + " " + response.body());
                    }
                }
                return null;
            });
        }
        long start = System.nanoTime();
        for (Future<Void> done : pool.invokeAll(work)) {
            done.get();
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        return new Timings(nanos, elapsed);
    }

    private Timings reads(String base, String agent, String path, int count) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", basic(agent))
                .GET()
                .build();
        for (int i = 0; i < 50; i++) { // warm-up of this query's plan and code path
            http.send(request, HttpResponse.BodyHandlers.ofString());
        }
        List<Long> nanos = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long one = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            nanos.add(System.nanoTime() - one);
            if (response.statusCode() != 200 || !response.body().contains("\"items\"")) {
                throw new IllegalStateException(path + ": " + response.statusCode() + " " + response.body());
            }
        }
        return new Timings(nanos, System.nanoTime() - start);
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Waits until every event publication is done (the registry deletes finished ones) and the node has no work
     * after commit left (the incident radar and the assigner's pass for each new ticket).
     */
    private static void awaitAfterCommitWork(Connection db, AfterCommit afterCommit) throws Exception {
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (System.nanoTime() < deadline) {
            try (Statement count = db.createStatement();
                    ResultSet row = count.executeQuery("select count(*) from event_publication")) {
                row.next();
                if (row.getLong(1) == 0 && afterCommit.inFlight() == 0) {
                    return;
                }
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("After-commit work still outstanding after 10 minutes");
    }

    private record Timings(List<Long> nanos, long elapsedNanos) {

        double perSecond() {
            return nanos.size() / (elapsedNanos / 1e9);
        }

        double percentile(int percent) {
            List<Long> sorted = new ArrayList<>(nanos);
            Collections.sort(sorted);
            return sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100)) / 1e6;
        }

        double max() {
            return Collections.max(nanos) / 1e6;
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
        System.out.println(text);
    }
}
