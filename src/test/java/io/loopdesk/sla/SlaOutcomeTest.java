package io.loopdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.clock.ClockState;
import io.loopdesk.sla.clock.SlaClocks;
import io.loopdesk.sla.policy.SlaPolicies;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.PublishedEvents;
import io.loopdesk.testing.TestClock;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * What reports learn of SLA targets: one outcome per ticket, target and cycle, as an event and from the query that
 * checks the events. A 5×8 enterprise desk (first response within 6 working hours, resolution of a normal ticket
 * within 48), the ticket's customer, the agent who has it and a supervisor.
 */
@IntegrationTest
class SlaOutcomeTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    SlaClocks slaClocks;

    @Autowired
    SlaOutcomes outcomes;

    @Autowired
    SlaTracker tracker;

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

    SlaScene scene;
    TenantInfo tenant;
    UserView customer;
    UserView agent;
    UserView supervisor;

    @BeforeEach
    void desk() {
        scene = new SlaScene(clock, background, calendars, policies, notifications);
        tenant = fixtures.tenant();
        scene.fiveByEight(tenant);
        customer = fixtures.customer(tenant);
        agent = fixtures.staff(tenant, Role.AGENT);
        supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
    }

    @Test
    void aTicketAnsweredInTimeMeetsItsFirstResponseOnce() {
        scene.nextMondayAt("10:00");
        String number = ticket();
        scene.moveTo(scene.day(0, "11:00"));
        reply(number, agent, "您好！您的问题已收到，我们尽快安排看下。");
        scene.moveTo(scene.day(0, "11:30"));
        reply(number, customer, "好的，谢谢，请尽快处理。");
        scene.moveTo(scene.day(0, "17:00"));
        reply(number, agent, "您好，工程师已在排查，今天内给您答复。");
        scene.settle();

        assertThat(events(number, SlaTarget.FIRST_RESPONSE))
                .containsExactly(outcome(number, SlaTarget.FIRST_RESPONSE, 1, true, "16:00", "11:00"));
        assertThat(events(number, SlaTarget.RESOLUTION)).isEmpty();
        assertThat(outcomes.ofTickets(tenant.id(), List.of(ticketId(number))))
                .containsExactlyInAnyOrderElementsOf(events(number));
    }

    @Test
    void aMissedTargetIsMissedOnceAndAnsweringItLateMeetsNothing() {
        scene.nextMondayAt("10:00");
        String number = ticket();

        scene.moveTo(scene.day(0, "16:01"));
        assertThat(events(number, SlaTarget.FIRST_RESPONSE))
                .containsExactly(outcome(number, SlaTarget.FIRST_RESPONSE, 1, false, "16:00", "16:01"));

        scene.moveTo(scene.day(0, "16:30"));
        reply(number, agent, "抱歉久等了，我们正在处理您的问题。");
        scene.moveTo(scene.day(0, "17:00"));
        reply(number, customer, "好的。");
        scene.settle();

        assertThat(events(number, SlaTarget.FIRST_RESPONSE))
                .containsExactly(outcome(number, SlaTarget.FIRST_RESPONSE, 1, false, "16:00", "16:01"));
        assertThat(outcomes.ofTickets(tenant.id(), List.of(ticketId(number))))
                .containsExactlyInAnyOrderElementsOf(events(number));
    }

    @Test
    void aReopenedTicketIsResolvedInASecondCycleThatKeepsTheTimeSpentBefore() {
        scene.nextMondayAt("10:00");
        String number = ticket();
        scene.moveTo(scene.day(0, "10:30"));
        reply(number, agent, "您好，请重启设备后再试一下。");
        scene.moveTo(scene.day(0, "11:00"));
        status(number, TicketStatus.AWAITING_CONFIRMATION, null, agent);
        scene.moveTo(scene.day(0, "12:00"));
        status(number, TicketStatus.IN_PROGRESS, "重启后还是连不上，问题没有解决", customer);
        scene.moveTo(scene.day(0, "14:00"));
        status(number, TicketStatus.AWAITING_CONFIRMATION, null, agent);
        scene.settle();

        // one working hour was spent before the reopening, so the second cycle has 47 left from 12:00
        BusinessTimes desk = new BusinessTimes(calendars.ofTenant(tenant.id()));
        assertThat(events(number, SlaTarget.RESOLUTION))
                .containsExactly(
                        outcome(number, SlaTarget.RESOLUTION, 1, true, desk.plus(scene.day(0, "10:00"), 48), "11:00"),
                        outcome(number, SlaTarget.RESOLUTION, 2, true, desk.plus(scene.day(0, "12:00"), 47), "14:00"));
        assertThat(slaClocks.of(number, Fixtures.actor(agent)).clocks().stream()
                        .map(TicketSla.Clock::clock)
                        .filter(c -> c.target() == SlaTarget.RESOLUTION)
                        .findFirst()
                        .orElseThrow())
                .satisfies(c -> {
                    assertThat(c.cycle()).isEqualTo(2);
                    assertThat(c.phase()).isEqualTo(ClockState.Phase.STOPPED);
                });
        assertThat(outcomes.ofTickets(tenant.id(), List.of(ticketId(number))))
                .containsExactlyInAnyOrderElementsOf(events(number));
    }

    @Test
    void replayingATicketAgainOnManyThreadsPublishesNothingMore() throws Exception {
        scene.nextMondayAt("10:00");
        String number = ticket();
        scene.moveTo(scene.day(0, "11:00"));
        reply(number, agent, "您好！您的问题已收到，我们尽快安排看下。");
        scene.moveTo(scene.day(0, "16:30"));
        status(number, TicketStatus.AWAITING_CONFIRMATION, null, agent);
        scene.settle();
        List<SlaOutcome> before = events(number);
        assertThat(before).extracting(SlaOutcome::target).contains(SlaTarget.FIRST_RESPONSE, SlaTarget.RESOLUTION);

        long ticketId = ticketId(number);
        List<CompletableFuture<Void>> replays = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            replays.add(CompletableFuture.runAsync(() -> {
                for (int j = 0; j < 3; j++) {
                    tracker.refresh(tenant.id(), ticketId, number);
                }
            }));
        }
        CompletableFuture.allOf(replays.toArray(CompletableFuture[]::new)).get();
        scene.settle();

        assertThat(events(number)).isEqualTo(before);
        assertThat(outcomes.ofTickets(tenant.id(), List.of(ticketId))).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void anotherTenantsTicketsAreNotAnswered() {
        scene.nextMondayAt("10:00");
        String number = ticket();
        scene.moveTo(scene.day(0, "11:00"));
        reply(number, agent, "您好！您的问题已收到，我们尽快安排看下。");
        scene.settle();

        TenantInfo elsewhere = fixtures.tenant();
        assertThat(outcomes.ofTickets(elsewhere.id(), List.of(ticketId(number))))
                .isEmpty();
        assertThat(outcomes.ofTickets(tenant.id(), List.of(ticketId(number)))).hasSize(1);
    }

    private String ticket() {
        String number = tickets.open(
                        tenant.id(),
                        Channel.WEB,
                        Fixtures.validTicket().urgency(Urgency.NORMAL).build(),
                        Fixtures.actor(customer))
                .number();
        tickets.assign(number, agent.id(), null, Fixtures.actor(supervisor));
        scene.settle();
        return number;
    }

    private void reply(String number, UserView author, String text) {
        tickets.addMessage(number, MessageKind.PUBLIC_REPLY, text, Fixtures.actor(author));
    }

    private void status(String number, TicketStatus to, String reason, UserView actor) {
        tickets.changeStatus(number, to, reason, Fixtures.actor(actor));
    }

    private List<SlaOutcome> events(String number) {
        return published.of(SlaOutcome.class).stream()
                .filter(o -> o.number().equals(number))
                .sorted(java.util.Comparator.comparing(SlaOutcome::settledAt))
                .toList();
    }

    private List<SlaOutcome> events(String number, SlaTarget target) {
        return events(number).stream().filter(o -> o.target() == target).toList();
    }

    private long ticketId(String number) {
        return events(number).getFirst().ticketId();
    }

    private SlaOutcome outcome(String number, SlaTarget target, int cycle, boolean met, String due, String settled) {
        return outcome(number, target, cycle, met, scene.day(0, due), settled);
    }

    /** An outcome of the ticket, due at {@code due} and settled that Monday at {@code settled}. */
    private SlaOutcome outcome(String number, SlaTarget target, int cycle, boolean met, Instant due, String settled) {
        return new SlaOutcome(tenant.id(), ticketId(number), number, target, cycle, met, due, scene.day(0, settled));
    }

    /** Working hours added on the tenant's calendar. */
    private record BusinessTimes(io.loopdesk.sla.calendar.BusinessCalendar calendar) {
        Instant plus(Instant from, long hours) {
            return calendar.plus(from, Duration.ofHours(hours));
        }
    }
}
