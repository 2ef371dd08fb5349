package io.loopdesk.bench;

import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.operations.BackupReport;
import io.loopdesk.operations.Backups;
import io.loopdesk.operations.RestoreCommand;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.Plan;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.testing.TestNodes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The backup benchmark of bench/README.md, run by {@code bench/backup.sh}: with a million open tickets (bulk SQL,
 * {@link BulkTickets}) on PostgreSQL and on H2, the time of an online backup and its archive's size, the time of a
 * restore into an empty installation, and the time until a node started on the restored database serves. These
 * are the figures behind the recovery point and time objectives in the README. Writes
 * {@code target/bench-results.md}.
 */
@Tag("bench")
class BackupBench {

    private final StringBuilder report = new StringBuilder();

    @Test
    void run() throws Exception {
        int tickets = Integer.getInteger("bench.tickets", 1_000_000);
        Path folder = Files.createDirectories(Path.of("target/bench-backup")).toAbsolutePath();
        line("# Backup benchmark: " + String.format(Locale.ROOT, "%,d", tickets) + " open tickets");
        line("");
        line("Each ticket: its row, a history entry, a message, its SLA row, two clocks, two timers.");
        line("");
        line(
                "| database | load | database size | backup (online) | archive | restore into an empty installation | start on the restored database | tickets after restore |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|");
        if (!"h2".equals(System.getProperty("bench.only"))) {
            BenchDatabase source = BenchDatabase.fresh("loopdesk_bench_backup");
            BenchDatabase target = BenchDatabase.fresh("loopdesk_bench_restored");
            measure("PostgreSQL", tickets, folder.resolve("pg"), source.settings(), target.settings());
        }
        if (!"postgresql".equals(System.getProperty("bench.only"))) {
            Path h2 = folder.resolve("h2");
            measure(
                    "H2 (file)",
                    tickets,
                    h2,
                    h2Settings(h2.resolve("source/db/loopdesk")),
                    h2Settings(h2.resolve("target/db/loopdesk")));
        }
        line("");
        line("Machine: " + BenchDatabase.machine());
        Files.writeString(Path.of("target/bench-results.md"), report);
        System.out.println(report);
    }

    private void measure(String name, int tickets, Path folder, Map<String, Object> source, Map<String, Object> target)
            throws Exception {
        deleteTree(folder);
        Map<String, Object> sourceNode = node(source, folder.resolve("source"), folder);
        long loadNanos;
        String databaseSize;
        BackupReport backup;
        try (ConfigurableApplicationContext node = TestNodes.startOn(sourceNode)) {
            long[] ids = setUp(node);
            long started = System.nanoTime();
            try (Connection db = DriverManager.getConnection(
                    source.get("spring.datasource.url").toString(),
                    source.get("spring.datasource.username").toString(),
                    source.get("spring.datasource.password").toString())) {
                BulkTickets.load(db, ids[0], ids[1], 1, tickets);
                if (name.startsWith("PostgreSQL")) {
                    db.createStatement().execute("vacuum analyze");
                    databaseSize = mb(BenchDatabase.single(db, "select pg_database_size(current_database())"));
                } else {
                    db.createStatement().execute("checkpoint sync");
                    databaseSize = "see file";
                }
            }
            loadNanos = System.nanoTime() - started;
            backup = node.getBean(Backups.class).create();
        }
        if (name.startsWith("H2")) {
            databaseSize = mb(Files.size(folder.resolve("source/db/loopdesk.mv.db")));
        }
        Map<String, Object> targetNode = node(target, folder.resolve("target"), folder);
        String[] arguments = targetNode.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        String[] restoreArguments = new String[arguments.length + 1];
        restoreArguments[0] = backup.archive();
        System.arraycopy(arguments, 0, restoreArguments, 1, arguments.length);
        long restoreStarted = System.nanoTime();
        int exit = RestoreCommand.run(restoreArguments, System.out, System.err);
        long restoreNanos = System.nanoTime() - restoreStarted;
        if (exit != 0) {
            throw new IllegalStateException("restore failed: exit " + exit);
        }
        long startStarted = System.nanoTime();
        long restored;
        try (ConfigurableApplicationContext node = TestNodes.startOn(targetNode)) {
            long startNanos = System.nanoTime() - startStarted;
            restored = node.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                    .sql("select count(*) from ticket")
                    .query(Long.class)
                    .single();
            line(String.format(
                    Locale.ROOT,
                    "| %s | %.0f s | %s | %.1f s | %s | %.1f s | %.1f s | %,d |",
                    name,
                    loadNanos / 1e9,
                    databaseSize,
                    backup.seconds(),
                    mb(backup.bytes()),
                    restoreNanos / 1e9,
                    startNanos / 1e9,
                    restored));
        }
        Files.deleteIfExists(Path.of(backup.archive()));
    }

    /** A node on the database, its own data folder, backups beside it, no timers running. */
    private static Map<String, Object> node(Map<String, Object> database, Path dataDir, Path folder) {
        Map<String, Object> settings = new LinkedHashMap<>(database);
        settings.put("loopdesk.data-dir", dataDir.toString());
        settings.put("loopdesk.backup.directory", folder.resolve("backups").toString());
        settings.put("db-scheduler.enabled", "false");
        return settings;
    }

    private static Map<String, Object> h2Settings(Path file) {
        return Map.of(
                "spring.datasource.url",
                "jdbc:h2:file:" + file + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "spring.datasource.username",
                "sa",
                "spring.datasource.password",
                "");
    }

    /** A tenant and the customer who raised every loaded ticket. */
    private static long[] setUp(ConfigurableApplicationContext node) {
        TenantInfo tenant = TenantScope.asSystem(() -> node.getBean(Tenants.class)
                .register("bench", "Bench", Plan.ENTERPRISE, ZoneId.of("Asia/Shanghai"), Locale.SIMPLIFIED_CHINESE));
        long customer = TenantScope.asSystem(() -> node.getBean(UserAccounts.class)
                        .create(
                                tenant.id(),
                                NewUser.customer(
                                        "bench-customer",
                                        "Bench customer",
                                        "customer@bench.example",
                                        "13812341234",
                                        CustomerLevel.STANDARD),
                                "bench-password"))
                .id();
        return new long[] {tenant.id(), customer};
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%,.0f MB", bytes / 1e6);
    }

    private static void deleteTree(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (var files = Files.walk(folder)) {
                for (Path file :
                        files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private void line(String text) {
        report.append(text).append('\n');
    }
}
