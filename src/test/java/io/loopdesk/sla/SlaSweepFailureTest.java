package io.loopdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.UserView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.policy.SlaPolicies;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.PublishedEvents;
import io.loopdesk.testing.TestClock;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.Urgency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A ticket whose breach cannot be recorded (here a listener in the recording transaction fails for it) does not hold
 * up the others due with it: the sweep records theirs, and tries that one again after {@code loopdesk.sla.timer-retry}
 * (30 s), once, when it succeeds.
 */
@IntegrationTest
class SlaSweepFailureTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    Calendars calendars;

    @Autowired
    SlaPolicies policies;

    @Autowired
    Notifications notifications;

    @Autowired
    PublishedEvents published;

    @Autowired
    TestClock clock;

    @Autowired
    BackgroundWork background;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTicketThatFailsWaitsForItsRetryWhileTheOthersDueWithItAreRecorded() {
        SlaScene scene = new SlaScene(clock, background, calendars, policies, notifications);
        TenantInfo tenant = fixtures.tenant();
        scene.fiveByEight(tenant);
        UserView customer = fixtures.customer(tenant);
        scene.nextMondayAt("10:00");
        List<String> numbers = java.util.stream.IntStream.range(0, 3)
                .mapToObj(i -> tickets.open(
                                tenant.id(),
                                Channel.WEB,
                                Fixtures.validTicket().urgency(Urgency.NORMAL).build(),
                                Fixtures.actor(customer))
                        .number())
                .toList();
        String broken = numbers.get(1);
        scene.settle();

        ApplicationListener<ApplicationEvent> failing = event -> {
            if (event instanceof PayloadApplicationEvent<?> payload
                    && payload.getPayload() instanceof SlaOutcome outcome
                    && outcome.number().equals(broken)) {
                throw new IllegalStateException("the breach of " + broken + " cannot be recorded");
            }
        };
        ApplicationEventMulticaster multicaster = context.getBean(ApplicationEventMulticaster.class);
        multicaster.addApplicationListener(failing);
        try {
            // first response (six working hours) was due at 16:00
            scene.moveTo(scene.day(0, "16:01"));
            assertThat(breached(numbers.get(0))).isEqualTo(1);
            assertThat(breached(numbers.get(2))).isEqualTo(1);
            assertThat(breached(broken)).isZero();
            assertThat(waitsFor(broken)).isEqualTo(scene.day(0, "16:01").plusSeconds(30));
        } finally {
            multicaster.removeApplicationListener(failing);
        }

        scene.moveTo(scene.day(0, "16:01").plusSeconds(30));
        assertThat(breached(broken)).isEqualTo(1);
        assertThat(breached(numbers.get(0))).isEqualTo(1);
    }

    private long breached(String number) {
        return published.of(SlaOutcome.class).stream()
                .filter(o -> o.number().equals(number) && o.target() == SlaTarget.FIRST_RESPONSE && !o.met())
                .count();
    }

    /** When the ticket's first-response clock looks again. */
    private java.time.Instant waitsFor(String number) {
        return jdbc.sql("select c.timer_at from sla_clock c join sla_ticket s on s.ticket_id = c.ticket_id"
                        + " where s.ticket_number = ? and c.target = 'FIRST_RESPONSE'")
                .param(number)
                .query(java.sql.Timestamp.class)
                .single()
                .toInstant();
    }
}
