package io.loopdesk.testing;

import com.sun.management.HotSpotDiagnosticMXBean;
import io.loopdesk.shared.AfterCommit;
import io.loopdesk.shared.timer.Timers;
import io.loopdesk.sla.clock.SlaSweep;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Waits for what the application does by itself after a request: event listeners (run after commit, on other
 * threads) and timers that the test clock has made due. Tests call {@link #settle()} before they look at the
 * results, and after moving the {@link TestClock}.
 */
@TestComponent
public class BackgroundWork {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Timers timers;
    private final AfterCommit afterCommit;
    private final JdbcClient jdbc;
    private final Clock clock;

    BackgroundWork(Timers timers, AfterCommit afterCommit, JdbcClient jdbc, Clock clock) {
        this.timers = timers;
        this.afterCommit = afterCommit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The background work of a node a test started itself ({@link TestNodes}). */
    public static BackgroundWork of(org.springframework.context.ApplicationContext node) {
        return new BackgroundWork(
                node.getBean(Timers.class),
                node.getBean(AfterCommit.class),
                node.getBean(JdbcClient.class),
                node.getBean(Clock.class));
    }

    /** Returns once no event is being handled and no timer is due by the clock; fails after a minute. */
    public void settle() {
        settle(PATIENCE);
    }

    /** As {@link #settle()}, for a test that leaves more work behind than a minute's worth. */
    public void settle(Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        int quietRounds = 0;
        while (quietRounds < 2) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Background work did not settle within " + patience + ": " + pendingEvents()
                        + " events, " + dueTimers() + " due timers, " + dueClocks() + " due SLA clocks, "
                        + afterCommit.inFlight() + " tasks after commit" + stuck());
            }
            long dueClocks = dueClocks();
            if (dueClocks > 0) {
                sweepNow();
            }
            boolean quiet = afterCommit.inFlight() == 0 && pendingEvents() == 0 && dueTimers() == 0 && dueClocks == 0;
            if (!quiet) {
                timers.checkNow();
            }
            quietRounds = quiet ? quietRounds + 1 : 0;
            sleep();
        }
    }

    /** Moves the clock and lets everything that became due happen. */
    public void advance(TestClock testClock, Duration duration) {
        settle();
        testClock.advance(duration);
        settle();
    }

    private long pendingEvents() {
        return jdbc.sql("select count(*) from event_publication where completion_date is null"
                        + " and (status is null or status <> 'FAILED')")
                .query(Long.class)
                .single();
    }

    private long dueTimers() {
        return jdbc.sql("select count(*) from scheduled_tasks where execution_time <= ?")
                .param(java.sql.Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    /** SLA clocks past their next moment: the SLA sweep, a timer that is due by then too, has yet to take them. */
    private long dueClocks() {
        return jdbc.sql("select count(*) from sla_clock where timer_at <= ?")
                .param(java.sql.Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
    }

    /** What a failure report needs to tell a hang from slowness: the oldest waiting work, by name. */
    private String stuck() {
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        List<String> events = jdbc.sql("select listener_id || ' ' || event_type || ' ' || publication_date"
                        + " from event_publication where completion_date is null"
                        + " and (status is null or status <> 'FAILED') order by publication_date limit 5")
                .query(String.class)
                .list();
        List<String> clocks = jdbc.sql("select c.ticket_id || ' ' || c.target || ' ' || c.phase || ' timer ' ||"
                        + " c.timer_at || ' due ' || c.due_at from sla_clock c where c.timer_at <= ?"
                        + " order by c.timer_at limit 5")
                .param(now)
                .query(String.class)
                .list();
        List<String> tasks = jdbc.sql("select task_name || '/' || task_instance || ' at ' || execution_time"
                        + " || ' picked ' || picked || ' by ' || coalesce(picked_by, '-') || ' failures '"
                        + " || consecutive_failures from scheduled_tasks where task_name = ? or execution_time <= ?"
                        + " order by execution_time limit 10")
                .params(SlaSweep.TASK, now)
                .query(String.class)
                .list();
        return "\n  clock now " + clock.instant() + "\n  oldest events " + events + "\n  due clocks " + clocks
                + "\n  timers " + tasks + "\n" + workersNow();
    }

    /**
     * Where the threads that do background work stand (virtual ones too, which {@link Thread#getAllStackTraces}
     * leaves out): a hang shows as the same frames in every report.
     */
    private static String workersNow() {
        try {
            Path dump = Files.createTempFile("loopdesk-threads-", ".txt");
            Files.delete(dump);
            ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .dumpThreads(dump.toString(), HotSpotDiagnosticMXBean.ThreadDumpFormat.TEXT_PLAIN);
            StringBuilder workers = new StringBuilder();
            for (String thread : Files.readString(dump).split("\n\\s*\n")) {
                if (thread.matches("(?s)#\\d+ \"(background-|ticket-group-commit|db-scheduler).*")) {
                    thread.lines()
                            .limit(14)
                            .forEach(line -> workers.append("  ").append(line).append('\n'));
                }
            }
            Files.delete(dump);
            return workers.length() > 20_000 ? workers.substring(0, 20_000) : workers.toString();
        } catch (IOException | RuntimeException e) {
            return "  (no thread dump: " + e + ")";
        }
    }

    /**
     * Makes the SLA sweeps due now. A test that sets its clock back (to start the next test on a Monday morning)
     * leaves the sweeps scheduled in a future that test never reaches; a real clock does not go back by days.
     */
    private void sweepNow() {
        java.sql.Timestamp now = java.sql.Timestamp.from(clock.instant());
        jdbc.sql("update scheduled_tasks set execution_time = ? where task_name = ? and picked = false"
                        + " and execution_time > ?")
                .params(now, SlaSweep.TASK, now)
                .update();
    }

    private static void sleep() {
        try {
            Thread.sleep(40);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
