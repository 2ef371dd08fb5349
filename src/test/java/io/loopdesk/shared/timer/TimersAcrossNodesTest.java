package io.loopdesk.shared.timer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestNodes;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two application nodes on one database and 10,000 timers falling due at once: each fires exactly once, and both
 * nodes share the work. The timers are of a test-only task that writes one row per firing into a table without a
 * unique key, so a second firing would show as a second row.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
class TimersAcrossNodesTest {

    private static final int TIMERS = 10_000;
    private static final String DATABASE = "timers";

    @Test
    void tenThousandDueTimersFireExactlyOnceAcrossTwoNodes() throws Exception {
        Map<String, Object> fast = Map.of("db-scheduler.polling-interval", "1s", "db-scheduler.threads", "8");
        try (ConfigurableApplicationContext first =
                TestNodes.start(DATABASE, null, with(fast, "loopdesk.test.node", "first"), ProbeTimer.class)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            jdbc.sql("create table timer_probe_firing (instance varchar(100) not null, node varchar(20) not null)")
                    .update();
            List<TaskInstance<?>> instances = IntStream.range(0, TIMERS)
                    .<TaskInstance<?>>mapToObj(i -> new TaskInstance<Void>(ProbeTimer.TASK, "probe-" + i))
                    .toList();

            try (ConfigurableApplicationContext second =
                    TestNodes.start(DATABASE, null, with(fast, "loopdesk.test.node", "second"), ProbeTimer.class)) {
                // due once both nodes run: on a slow host the second node's start took longer than the first node
                // needed for all of them
                first.getBean(Scheduler.class)
                        .scheduleBatch(instances, Instant.now().plusSeconds(5));
                await().atMost(Duration.ofMinutes(4)).until(() -> firings(jdbc) >= TIMERS);
                // every timer done and its row gone: nothing is left that could fire a second time
                await().atMost(Duration.ofMinutes(1))
                        .until(() -> jdbc.sql("select count(*) from scheduled_tasks where task_name = ?")
                                        .param(ProbeTimer.TASK)
                                        .query(Long.class)
                                        .single()
                                == 0);

                assertThat(firings(jdbc)).isEqualTo(TIMERS);
                assertThat(jdbc.sql("select count(distinct instance) from timer_probe_firing")
                                .query(Long.class)
                                .single())
                        .isEqualTo(TIMERS);
                assertThat(jdbc.sql("select count(*) from scheduled_tasks where task_name = ?")
                                .param(ProbeTimer.TASK)
                                .query(Long.class)
                                .single())
                        .isZero();
                List<String> nodes = jdbc.sql("select distinct node from timer_probe_firing")
                        .query(String.class)
                        .list();
                assertThat(nodes).containsExactlyInAnyOrder("first", "second");
            }
        }
    }

    private static long firings(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from timer_probe_firing")
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> with(Map<String, Object> settings, String key, Object value) {
        Map<String, Object> all = new java.util.HashMap<>(settings);
        all.put(key, value);
        return all;
    }

    /** A timer that only records that it fired, and on which node. */
    @Configuration(proxyBeanMethods = false)
    static class ProbeTimer {

        static final String TASK = "test-probe";

        @Bean
        Task<Void> probeTask(JdbcClient jdbc, @Value("${loopdesk.test.node}") String node) {
            return Tasks.oneTime(TASK).execute((instance, context) -> {
                // a real timer does a few milliseconds of work; without it one node on in-memory H2 can drain all
                // 10,000 within the other's one-second polling pause, and the test could not see the work shared
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                jdbc.sql("insert into timer_probe_firing (instance, node) values (?, ?)")
                        .params(instance.getId(), node)
                        .update();
            });
        }
    }
}
