package io.loopdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CustomerLevel;
import io.loopdesk.identity.NewUser;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.sla.calendar.CalendarDraft;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.clock.ClockTimers;
import io.loopdesk.tenant.Plan;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.TestNodes;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
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
        LocalDate monday = LocalDate.now(SHANGHAI).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Instant opened = LocalDateTime.of(monday, java.time.LocalTime.of(10, 0))
                .atZone(SHANGHAI)
                .toInstant();
        TestClock before = new TestClock(opened);
        String number;
        long tenantId;
        try (ConfigurableApplicationContext node = TestNodes.start(DATABASE, before, Map.of())) {
            TenantInfo tenant = TenantScope.asSystem(() -> node.getBean(Tenants.class)
                    .register(
                            "restart-" + System.nanoTime() % 100000,
                            "Restart",
                            Plan.ENTERPRISE,
                            SHANGHAI,
                            Locale.SIMPLIFIED_CHINESE));
            tenantId = tenant.id();
            fiveByEight(node, tenant);
            UserView customer = user(
                    node,
                    tenant,
                    NewUser.customer(
                            "restart-customer-" + tenant.id(),
                            "客户",
                            "c" + tenant.id() + "@example.com",
                            "13812341234",
                            CustomerLevel.STANDARD));
            number = node.getBean(Tickets.class)
                    .open(tenant.id(), Channel.WEB, Fixtures.validTicket().build(), Fixtures.actor(customer))
                    .number();
            JdbcClient jdbc = node.getBean(JdbcClient.class);
            // each running clock waits for its warning first: first response at 14:30 (75 % of six working hours),
            // resolution later; the breach timers follow the warnings
            waitFor(() -> timers(jdbc, ClockTimers.WARNING, tenantId) == 2);
            assertThat(timers(jdbc, ClockTimers.BREACH, tenantId)).isZero();
        }

        Instant afterDue = opened.plus(Duration.ofHours(7)); // 17:00, an hour after the 16:00 due time
        try (ConfigurableApplicationContext node = TestNodes.start(DATABASE, new TestClock(afterDue), Map.of())) {
            JdbcClient jdbc = node.getBean(JdbcClient.class);
            // the first response's warning fires, then its breach timer (due at 16:00) at once; the resolution's
            // warning still waits
            waitFor(() -> breaches(jdbc, number) == 1
                    && timers(jdbc, ClockTimers.BREACH, tenantId) == 0
                    && timers(jdbc, ClockTimers.WARNING, tenantId) == 1);

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
            // no breach timer is left to fire after the restart, so the breach cannot be recorded twice
            assertThat(timers(jdbc, ClockTimers.BREACH, tenantId)).isZero();
            assertThat(breaches(jdbc, number)).isEqualTo(1);
            // and its outcome was settled once, as missed, however many nodes started since
            assertThat(jdbc.sql("select target, cycle, met from sla_outcome where ticket_number = ?")
                            .param(number)
                            .query((rs, row) -> rs.getString(1) + "#" + rs.getInt(2) + ":" + rs.getBoolean(3))
                            .list())
                    .containsExactly("FIRST_RESPONSE#1:false");
        }
    }

    private static void fiveByEight(ConfigurableApplicationContext node, TenantInfo tenant) {
        Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(
                DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
            hours.put(day, "09:00-18:00");
        }
        node.getBean(Calendars.class)
                .save(
                        tenant.id(),
                        null,
                        new CalendarDraft("Asia/Shanghai", hours, List.of()),
                        Actor.system(tenant.id()));
    }

    private static UserView user(ConfigurableApplicationContext node, TenantInfo tenant, NewUser user) {
        return TenantScope.asSystem(
                () -> node.getBean(UserAccounts.class).create(tenant.id(), user, Fixtures.PASSWORD));
    }

    private static long timers(JdbcClient jdbc, String task, long tenantId) {
        return jdbc.sql("select count(*) from scheduled_tasks where task_name = ? and task_instance like ?")
                .params(task, "t" + tenantId + "-%")
                .query(Long.class)
                .single();
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
