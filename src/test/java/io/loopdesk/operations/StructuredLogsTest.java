package io.loopdesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.testing.Api;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code logging.structured.format.console=ecs} makes Loopdesk write one JSON object per line (Elastic Common
 * Schema), ready for a log shipper. Started as an operator starts it, in a JVM of its own (logging is set up once
 * per JVM), on an in-memory H2. A failed sign-in leaves no trace of the name that was tried.
 */
class StructuredLogsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");

    /** The test's class path without the test classes: their logback-test.xml would replace the real logging. */
    private static String applicationClassPath() {
        return java.util.Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("test-classes/"))
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    @Test
    void theStructuredOptionWritesOneJsonObjectPerLineWithoutPersonalData() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "structured-logs-");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                applicationClassPath(),
                "io.loopdesk.LoopdeskApplication",
                "--logging.structured.format.console=ecs",
                "--server.port=0",
                "--loopdesk.data-dir=" + dataDir.toAbsolutePath(),
                "--spring.datasource.url=jdbc:h2:mem:structured;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
        // the JVM's own warnings go to stderr, apart from the log
        Process loopdesk = new ProcessBuilder(command)
                .redirectError(dataDir.resolve("stderr.txt").toFile())
                .start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<Integer> started = new CompletableFuture<>();
        Thread reader = Thread.ofVirtual().start(() -> {
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(loopdesk.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                    Matcher port = PORT.matcher(line);
                    if (port.find()) {
                        started.complete(Integer.parseInt(port.group(1)));
                    }
                }
            } catch (java.io.IOException e) {
                started.completeExceptionally(e);
            }
            started.completeExceptionally(new IllegalStateException("Loopdesk ended:\n" + String.join("\n", lines)));
        });
        try {
            int port = started.get(2, TimeUnit.MINUTES);
            String base = "http://localhost:" + port;
            assertThat(Api.basic(base, "wang.fang@example.com", "wrong-password")
                            .get("/api/v1/tickets")
                            .status())
                    .isEqualTo(401);
            org.awaitility.Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> lines.stream().anyMatch(l -> l.contains("Started LoopdeskApplication")));
        } finally {
            loopdesk.destroy();
            loopdesk.waitFor(30, TimeUnit.SECONDS);
            reader.join(Duration.ofSeconds(10));
            try (var files = Files.walk(dataDir)) {
                for (Path file :
                        files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }

        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            JsonNode entry = JSON.readTree(line);
            assertThat(entry.isObject()).as(line).isTrue();
            assertThat(entry.has("@timestamp") && entry.has("message")).as(line).isTrue();
            assertThat(entry.path("log").has("level")).as(line).isTrue();
        }
        assertThat(String.join("\n", lines)).doesNotContain("wang.fang@example.com", "wrong-password");
    }
}
