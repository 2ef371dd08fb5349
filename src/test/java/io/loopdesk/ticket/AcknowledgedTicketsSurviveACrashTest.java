package io.loopdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestDatabase;
import io.loopdesk.testing.TestNodes;
import io.loopdesk.testing.TestProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.FileSystemUtils;

/**
 * Clients create tickets on a Loopdesk process that is killed ({@code kill -9}) in the middle of the run; after a
 * restart every ticket whose creation was answered 201 exists exactly once, with its history and its SLA clocks.
 * Runs on the embedded H2 file database (the default) and on PostgreSQL.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
class AcknowledgedTicketsSurviveACrashTest {

    private static final int CLIENTS = 8;
    private static final int ACKNOWLEDGED_BEFORE_KILL = 400;
    private static final String BODY = """
            {"customerName": "崩溃测试客户", "contactPerson": "张伟", "contact": "13812341234", "product": "智能门锁 X2",
             "urgency": "URGENT", "description": "%s"}""".formatted(Fixtures.DESCRIPTION);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void everyAnsweredTicketIsThereAfterTheProcessIsKilled() throws Exception {
        Path home = Path.of("target", "crash-" + TestDatabase.kind()).toAbsolutePath();
        FileSystemUtils.deleteRecursively(home);
        Files.createDirectories(home);
        Map<String, Object> settings = settings(home);
        String agent = prepareTenantWithAgent(settings);

        List<String> acknowledged;
        try (TestProcess node = TestProcess.loopdesk(home.resolve("node.log"), settings)) {
            acknowledged = createTicketsUntilKilled(node, agent);
        }

        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);
        try (ConfigurableApplicationContext restarted = TestNodes.startOn(settings)) {
            JdbcClient jdbc = restarted.getBean(JdbcClient.class);
            for (String number : acknowledged) {
                assertThat(count(jdbc, "select count(*) from ticket where number = ?", number))
                        .as("ticket %s", number)
                        .isEqualTo(1);
                assertThat(count(
                                jdbc,
                                "select count(*) from ticket_history h join ticket t on t.id = h.ticket_id"
                                        + " where t.number = ?",
                                number))
                        .as("history of %s", number)
                        .isPositive();
                assertThat(count(
                                jdbc,
                                "select count(*) from sla_clock c join ticket t on t.id = c.ticket_id"
                                        + " where t.number = ?",
                                number))
                        .as("SLA clocks of %s", number)
                        .isPositive();
            }
        }
    }

    private static Map<String, Object> settings(Path home) {
        Map<String, Object> settings = new HashMap<>();
        if (TestDatabase.isPostgres()) {
            settings.putAll(TestDatabase.properties("crash"));
        } else {
            settings.put(
                    "spring.datasource.url",
                    "jdbc:h2:file:" + home.resolve("db/loopdesk")
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000");
            settings.put("spring.datasource.username", "sa");
            settings.put("spring.datasource.password", "");
        }
        settings.put("loopdesk.data-dir", home.toString());
        return settings;
    }

    /** A tenant with one agent, made through the application itself on the database the crashing node will use. */
    private static String prepareTenantWithAgent(Map<String, Object> settings) {
        try (ConfigurableApplicationContext node = TestNodes.startOn(settings)) {
            return Fixtures.outside(node)
                    .staff(Fixtures.outside(node).tenant(), Role.AGENT)
                    .username();
        }
    }

    private List<String> createTicketsUntilKilled(TestProcess node, String agent) throws Exception {
        String authorization = "Basic "
                + Base64.getEncoder()
                        .encodeToString((agent + ":" + Fixtures.PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest create = HttpRequest.newBuilder(URI.create(node.baseUrl() + "/api/v1/tickets"))
                .header("Authorization", authorization)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(BODY))
                .build();
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        for (int i = 0; i < CLIENTS; i++) {
            clients.submit(() -> {
                while (!killed.get()) {
                    try {
                        HttpResponse<String> response = http.send(create, HttpResponse.BodyHandlers.ofString());
                        if (response.statusCode() == 201) {
                            acknowledged.add(number(response.body()));
                        }
                    } catch (Exception connectionLost) {
                        // the process is gone: whatever was not answered 201 may or may not exist
                    }
                }
                return null;
            });
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        node.kill();
        killed.set(true);
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        return new ArrayList<>(acknowledged);
    }

    private static String number(String json) {
        int at = json.indexOf("\"number\":\"") + "\"number\":\"".length();
        return json.substring(at, json.indexOf('"', at));
    }

    private static long count(JdbcClient jdbc, String sql, String number) {
        return jdbc.sql(sql).param(number).query(Long.class).single();
    }
}
