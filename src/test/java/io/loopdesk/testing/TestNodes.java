package io.loopdesk.testing;

import io.loopdesk.LoopdeskApplication;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/**
 * Starts extra application nodes inside a test, on a database of their own (so the shared test context's timers
 * do not interfere), the way an operator starts a node: the same jar, settings on the command line.
 */
public final class TestNodes {

    private TestNodes() {}

    /**
     * A node on database {@code database} (created fresh once per run on PostgreSQL), reading time from
     * {@code clock} if given, with {@code extraSources} added to the application (e.g. a test-only task).
     */
    public static ConfigurableApplicationContext start(
            String database, @Nullable Clock clock, Map<String, Object> settings, Class<?>... extraSources) {
        List<Object> sources = new ArrayList<>(List.of(LoopdeskApplication.class));
        sources.addAll(List.of(extraSources));
        SpringApplicationBuilder builder =
                new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).web(WebApplicationType.SERVLET);
        if (clock != null) {
            // ClockConfiguration gives way to a clock that is already there
            builder.initializers(context ->
                    ((GenericApplicationContext) context).registerBean("testNodeClock", Clock.class, () -> clock));
        }
        return builder.run(arguments(database, settings));
    }

    /** A node on an explicitly given database (the benchmark's), with the real clock and no extra sources. */
    public static ConfigurableApplicationContext startOn(Map<String, Object> settings) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--loopdesk.demo.enabled=false"));
        settings.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return new SpringApplicationBuilder(LoopdeskApplication.class)
                .web(WebApplicationType.SERVLET)
                .run(arguments.toArray(String[]::new));
    }

    /** The node's command line; a setting given by the test wins over the database's and the mail server's. */
    private static String[] arguments(String database, Map<String, Object> settings) {
        Map<String, Object> merged = new LinkedHashMap<>(TestDatabase.properties(database));
        merged.putAll(TestMail.properties());
        merged.putAll(settings);
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--loopdesk.demo.enabled=false"));
        merged.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        return arguments.toArray(String[]::new);
    }
}
