package io.loopdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.TestNodes;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Timers live in the database, not in a node's memory: a ticket's first response falls due while Loopdesk is down,
 * and the breach is recorded, once, as soon as a node starts again (its outcome settled as missed); a further restart
 * records nothing more.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
class SlaTimersSurviveRestartTest {

    private static final String DATABASE = "restart";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void aTimerDueWhileTheAppWasDownFiresOnceOnStart() throws Exception {
        Instant opened = FiveByEightDesk.nextMondayAtTen();
        TestClock before = new TestClock(opened);
        String number;
        try (ConfigurableApplicationContext node = TestNodes.start(DATABASE, before, Map.of())) {
            FiveByEightDesk desk = FiveByEightDesk.open(node, "Restart");
            number = node.getBean(Tickets.class)
                    .open(
                            desk.tenant().id(),
                            Channel.WEB,
                            Fixtures.validTicket().build(),
                            Fixtures.actor(desk.customer()))
                    .number();
            JdbcClient jdbc = node.getBean(JdbcClient.class);
            // each running clock waits for its warning first: first response at 14:30 (75 % of six working hours),
            // resolution later; the due times follow the warnings
            BackgroundWork.of(node).settle();
            assertThat(moments(jdbc, number)).containsExactly("FIRST_RESPONSE:warning", "RESOLUTION:warning");
        }

        Instant afterDue = opened.plus(Duration.ofHours(7)); // 17:00, an hour after the 16:00 due time
        try (ConfigurableApplicationContext node = TestNodes.start(DATABASE, new TestClock(afterDue), Map.of())) {
            JdbcClient jdbc = node.getBean(JdbcClient.class);
            // the first response's warning and due time (16:00) both passed while no node ran: its breach is
            // recorded (no warning after it); the resolution's warning still waits
            waitFor(() -> breaches(jdbc, number) == 1
                    && moments(jdbc, number).equals(List.of("FIRST_RESPONSE:none", "RESOLUTION:warning")));

            assertThat(jdbc.sql("select target, due_at from sla_breach where ticket_number = ?")
                            .param(number)
                            .query((rs, row) -> rs.getString(1) + "@"
                                    + rs.getObject(2, java.time.OffsetDateTime.class)
                                            .toInstant())
                            .list())
                    .containsExactly("FIRST_RESPONSE@" + opened.plus(Duration.ofHours(6)));
        }

        try (ConfigurableApplicationContext node =
                TestNodes.start(DATABASE, new TestClock(afterDue.plus(Duration.ofMinutes(5))), Map.of())) {
            JdbcClient jdbc = node.getBean(JdbcClient.class);
            // the first response waits for nothing after the restart, so the breach cannot be recorded twice
            BackgroundWork.of(node).settle();
            assertThat(moments(jdbc, number)).containsExactly("FIRST_RESPONSE:none", "RESOLUTION:warning");
            assertThat(breaches(jdbc, number)).isEqualTo(1);
            // and its outcome was settled once, as missed, however many nodes started since
            assertThat(jdbc.sql("select target, cycle, met from sla_outcome where ticket_number = ?")
                            .param(number)
                            .query((rs, row) -> rs.getString(1) + "#" + rs.getInt(2) + ":" + rs.getBoolean(3))
                            .list())
                    .containsExactly("FIRST_RESPONSE#1:false");
        }
    }

    /** What the ticket's first-response and resolution clocks wait for next: a warning, a due time, or nothing. */
    private static List<String> moments(JdbcClient jdbc, String number) {
        return jdbc.sql("select c.target, case when c.timer_at is null then 'none' when c.timer_at = c.warn_at"
                        + " then 'warning' when c.timer_at = c.due_at then 'due' else 'other' end from sla_clock c"
                        + " join sla_ticket s on s.ticket_id = c.ticket_id where s.ticket_number = ?"
                        + " and c.target in ('FIRST_RESPONSE', 'RESOLUTION') order by c.target")
                .param(number)
                .query((rs, row) -> rs.getString(1) + ":" + rs.getString(2))
                .list();
    }

    private static long breaches(JdbcClient jdbc, String number) {
        return jdbc.sql("select count(*) from sla_breach where ticket_number = ?")
                .param(number)
                .query(Long.class)
                .single();
    }

    private static void waitFor(Supplier<Boolean> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting");
            }
            Thread.sleep(100);
        }
    }
}
