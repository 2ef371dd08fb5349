package io.loopdesk.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * A fresh PostgreSQL database for one benchmark, created on the server named by {@code LOOPDESK_BENCH_PG_URL}
 * (default {@code 127.0.0.1:5432} as {@code postgres}), with the few JDBC helpers the bulk loaders need.
 */
record BenchDatabase(String url, String user, String password) {

    /** Drops and re-creates {@code name}, so each run starts from an empty schema. */
    static BenchDatabase fresh(String name) throws SQLException {
        String adminUrl = env("LOOPDESK_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        String user = env("LOOPDESK_BENCH_PG_USER", "postgres");
        String password = env("LOOPDESK_BENCH_PG_PASSWORD", "");
        try (Connection admin = DriverManager.getConnection(adminUrl, user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
            statement.execute("create database " + name + " encoding 'UTF8' template template0");
        }
        return new BenchDatabase(adminUrl.replaceAll("/[^/?]*(\\?.*)?$", "/" + name + "$1"), user, password);
    }

    /** {@code name} as an earlier run left it, for a benchmark that reuses its data. */
    static BenchDatabase existing(String name) {
        String adminUrl = env("LOOPDESK_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
        return new BenchDatabase(
                adminUrl.replaceAll("/[^/?]*(\\?.*)?$", "/" + name + "$1"),
                env("LOOPDESK_BENCH_PG_USER", "postgres"),
                env("LOOPDESK_BENCH_PG_PASSWORD", ""));
    }

    /** The settings a node needs to run on this database. */
    Map<String, Object> settings() {
        return Map.of(
                "spring.datasource.url",
                url,
                "spring.datasource.username",
                user,
                "spring.datasource.password",
                password);
    }

    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, user, password);
        connection.setAutoCommit(true);
        return connection;
    }

    static void exec(Connection db, String sql, Object... params) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                statement.setObject(i + 1, params[i]);
            }
            statement.executeUpdate();
        }
    }

    static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** The machine the figures were taken on, for the results file. */
    static String machine() throws Exception {
        String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(l -> l.startsWith("model name"))
                .findFirst()
                .map(l -> l.substring(l.indexOf(':') + 1).strip())
                .orElse("?");
        long memory = Files.readAllLines(Path.of("/proc/meminfo")).stream()
                .filter(l -> l.startsWith("MemTotal"))
                .map(l -> Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 / 1024)
                .findFirst()
                .orElse(0L);
        return Runtime.getRuntime().availableProcessors() + " cores (" + cpu + "), " + memory + " GiB, Java "
                + Runtime.version();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
