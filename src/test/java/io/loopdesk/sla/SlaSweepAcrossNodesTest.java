package io.loopdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.timer.Timers;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.TestNodes;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes sweep the same burst of due clocks: more tickets than one sweep's slice, several sweeps, both nodes'
 * clocks passing the due time at the same moment. Every first response is recorded as missed exactly once, and the
 * supervisor is told exactly once per ticket, however the sweeps and their batches fell between the nodes.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
class SlaSweepAcrossNodesTest {

    private static final String DATABASE = "slasweep";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final int TICKETS = 700;

    @Test
    void aBurstOfDueClocksIsWorkedOffOnceByTwoNodes() {
        Instant opened = FiveByEightDesk.nextMondayAtTen();
        long supervisorId;
        try (ConfigurableApplicationContext node = TestNodes.start(DATABASE, new TestClock(opened), Map.of())) {
            FiveByEightDesk desk = FiveByEightDesk.open(node, "Sweep");
            TenantInfo tenant = desk.tenant();
            supervisorId = FiveByEightDesk.user(
                            node,
                            tenant,
                            new NewUser(
                                    "sweep-supervisor-" + tenant.id(),
                                    "主管",
                                    null,
                                    null,
                                    Set.of(Role.SUPERVISOR),
                                    CustomerLevel.STANDARD))
                    .id();
            Tickets tickets = node.getBean(Tickets.class);
            for (int i = 0; i < TICKETS; i++) {
                tickets.open(tenant.id(), Channel.WEB, Fixtures.validTicket().build(), Fixtures.actor(desk.customer()));
            }
            BackgroundWork.of(node).settle(Duration.ofMinutes(3));
        }

        // both nodes run before the first responses are warned (14:30) and fall due (16:00), then both clocks pass
        // both at once: each is recorded as missed, with no warning after it
        Instant beforeDue = opened.plus(Duration.ofHours(4));
        TestClock firstClock = new TestClock(beforeDue);
        TestClock secondClock = new TestClock(beforeDue);
        Map<String, Object> settings = Map.of("db-scheduler.polling-interval", "1s");
        try (ConfigurableApplicationContext first = TestNodes.start(DATABASE, firstClock, settings);
                ConfigurableApplicationContext second = TestNodes.start(DATABASE, secondClock, settings)) {
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            // the supervisor heard of the tickets when they came in (nobody was on duty); only new notices count below
            long toldBefore = count(jdbc, "select count(*) from notification where user_id = ?", supervisorId);
            Instant afterDue = opened.plus(Duration.ofHours(7));
            firstClock.set(afterDue);
            secondClock.set(afterDue);
            first.getBean(Timers.class).checkEverywhere();

            await().atMost(Duration.ofMinutes(3))
                    .until(() -> count(jdbc, "select count(*) from sla_clock where timer_at <= ?", afterDue) == 0
                            && count(jdbc, "select count(*) from sla_breach where target = 'FIRST_RESPONSE'")
                                    >= TICKETS);

            assertThat(count(jdbc, "select count(*) from sla_breach where target = 'FIRST_RESPONSE'"))
                    .isEqualTo(TICKETS);
            assertThat(count(jdbc, "select count(distinct ticket_id) from sla_breach where target = 'FIRST_RESPONSE'"))
                    .isEqualTo(TICKETS);
            // one notice per missed first response, none twice
            assertThat(count(jdbc, "select count(*) from notification where user_id = ?", supervisorId) - toldBefore)
                    .isEqualTo(TICKETS);
            double byFirst = breaches(first);
            double bySecond = breaches(second);
            System.out.printf("SLA sweep across two nodes: first %.0f, second %.0f breaches%n", byFirst, bySecond);
            assertThat(byFirst + bySecond).isEqualTo(TICKETS);
        }
    }

    private static double breaches(ConfigurableApplicationContext node) {
        return node.getBean(MeterRegistry.class).find("loopdesk.sla.breaches").counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    private static long count(JdbcClient jdbc, String sql, Object... params) {
        return jdbc.sql(sql)
                .params(List.of(params).stream()
                        .map(p -> p instanceof Instant at ? java.sql.Timestamp.from(at) : p)
                        .toList())
                .query(Long.class)
                .single();
    }
}
