package io.loopdesk.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The database the integration tests run on: {@code -Dloopdesk.test.database=h2} (default, in memory) or
 * {@code postgresql} (the machine's PostgreSQL; each test run creates fresh databases named {@code loopdesk_test_*}).
 *
 * <p>PostgreSQL is reached through an admin connection, by default {@code jdbc:postgresql://127.0.0.1:5432/postgres}
 * as user {@code postgres}; set {@code LOOPDESK_TEST_PG_URL}, {@code LOOPDESK_TEST_PG_USER} and
 * {@code LOOPDESK_TEST_PG_PASSWORD} to use another server.
 */
public final class TestDatabase {

    private static final Set<String> CREATED = ConcurrentHashMap.newKeySet();

    private TestDatabase() {}

    public static boolean isPostgres() {
        return "postgresql".equalsIgnoreCase(System.getProperty("loopdesk.test.database", "h2"));
    }

    public static String kind() {
        return isPostgres() ? "postgresql" : "h2";
    }

    /**
     * The PostgreSQL database a test database called {@code name} is: {@code loopdesk_test_<name>}, or with the prefix
     * {@code LOOPDESK_TEST_DB_PREFIX} gives, so that two checkouts can run their tests on one server at once.
     */
    public static String databaseName(String name) {
        return env("LOOPDESK_TEST_DB_PREFIX", "loopdesk_test_") + name;
    }

    /** Datasource properties for the database called {@code name}, created fresh once per test run. */
    public static Map<String, Object> properties(String name) {
        Map<String, Object> properties = new HashMap<>();
        // a test database starts empty, and so does its search index; searches see the writes of the test before
        properties.put("spring.jpa.properties.hibernate.search.backend.directory.type", "local-heap");
        properties.put("spring.jpa.properties.hibernate.search.indexing.plan.synchronization.strategy", "sync");
        if (isPostgres()) {
            String database = databaseName(name);
            createOnce(database);
            properties.put("spring.datasource.url", adminUrl().replaceAll("/[^/?]*(\\?.*)?$", "/" + database + "$1"));
            properties.put("spring.datasource.username", user());
            properties.put("spring.datasource.password", password());
            // The test run keeps many application contexts (and node processes) open on one server of 100
            // connections; a context holds what it is using, not a full pool of idle ones.
            properties.put("spring.datasource.hikari.minimum-idle", "1");
            properties.put("spring.datasource.hikari.idle-timeout", "10000");
        } else {
            properties.put(
                    "spring.datasource.url",
                    "jdbc:h2:mem:" + name
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1");
            properties.put("spring.datasource.username", "sa");
            properties.put("spring.datasource.password", "");
        }
        return properties;
    }

    /** Runs {@code sql} on the PostgreSQL server's admin connection (e.g. to refuse connections to a test database). */
    public static void onServer(String sql) {
        try (Connection connection = admin();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run on the test server: " + sql, e);
        }
    }

    /** Why the PostgreSQL tests cannot run here, or empty when they can. */
    public static Optional<String> postgresUnavailable() {
        try (Connection connection = admin()) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(
                    "PostgreSQL is not reachable at " + adminUrl() + " as " + user() + " (" + e.getMessage()
                            + "). Start PostgreSQL or set LOOPDESK_TEST_PG_URL, LOOPDESK_TEST_PG_USER, LOOPDESK_TEST_PG_PASSWORD.");
        }
    }

    private static synchronized void createOnce(String database) {
        if (!CREATED.add(database)) {
            return;
        }
        try (Connection connection = admin();
                Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database + " encoding 'UTF8' template template0");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + database + ": " + e.getMessage(), e);
        }
    }

    private static Connection admin() throws SQLException {
        return DriverManager.getConnection(adminUrl(), user(), password());
    }

    private static String adminUrl() {
        return env("LOOPDESK_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/postgres");
    }

    private static String user() {
        return env("LOOPDESK_TEST_PG_USER", "postgres");
    }

    private static String password() {
        return env("LOOPDESK_TEST_PG_PASSWORD", "");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
