package io.loopdesk.sla.clock;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.NotificationView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.sla.SlaScene;
import io.loopdesk.sla.SlaTarget;
import io.loopdesk.sla.TicketSla;
import io.loopdesk.sla.TimeBasis;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.policy.SlaPolicies;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.TestMail;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.ProgressEntry;
import io.loopdesk.ticket.TicketEdit;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.ProgressLabel;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * SLA clocks on a running desk, driven by the test clock: a 5×8 tenant (09:00–18:00 Shanghai, no holidays), a
 * customer, an agent who has the ticket and a supervisor.
 */
@IntegrationTest
class SlaClockTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    SlaClocks slaClocks;

    @Autowired
    Calendars calendars;

    @Autowired
    SlaPolicies policies;

    @Autowired
    Notifications notifications;

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
    void theAssigneeIsWarnedAtThreeQuartersAndEveryoneIsToldOfTheBreach() {
        scene.nextMondayAt("10:00");
        String number = ticket(Urgency.NORMAL);

        // enterprise plan: first response within 6 working hours, due 16:00; 75 % is at 14:30
        assertThat(clock(number, SlaTarget.FIRST_RESPONSE).dueAt()).isEqualTo(scene.day(0, "16:00"));
        scene.moveTo(scene.day(0, "14:29"));
        assertThat(scene.inbox(tenant, agent.id())).isEmpty();

        scene.moveTo(scene.day(0, "14:31"));
        assertThat(subjects(agent)).singleElement().asString().contains("时效预警").contains(number);
        assertThat(TestMail.to(agent.email())).isNotEmpty();

        scene.moveTo(scene.day(0, "16:01"));
        assertThat(subjects(agent)).anyMatch(s -> s.contains("时效超时") && s.contains(number));
        assertThat(subjects(supervisor)).anyMatch(s -> s.contains("时效超时") && s.contains(number));
        ClockView first = clock(number, SlaTarget.FIRST_RESPONSE);
        assertThat(first.breached()).isTrue();
        assertThat(breaches()).anySatisfy(b -> {
            assertThat(b.ticketNumber()).isEqualTo(number);
            assertThat(b.target()).isEqualTo(SlaTarget.FIRST_RESPONSE);
            assertThat(b.dueAt()).isEqualTo(scene.day(0, "16:00"));
            assertThat(b.assigneeId()).isEqualTo(agent.id());
        });
    }

    @Test
    void aTicketHasItsClocksTheMomentItIsRegistered() {
        scene.nextMondayAt("10:00");
        String number = tickets.open(
                        tenant.id(),
                        io.loopdesk.ticket.value.Channel.WEB,
                        Fixtures.validTicket().urgency(Urgency.NORMAL).build(),
                        Fixtures.actor(customer))
                .number();

        // no background work has run yet: the clocks started in the registering transaction
        assertThat(clock(number, SlaTarget.FIRST_RESPONSE).dueAt()).isEqualTo(scene.day(0, "16:00"));
        assertThat(clock(number, SlaTarget.FIRST_RESPONSE).phase()).isEqualTo(ClockState.Phase.RUNNING);
    }

    @Test
    void aReplyInTimeMeetsTheFirstResponseAndNothingIsSent() {
        scene.nextMondayAt("10:00");
        String number = ticket(Urgency.NORMAL);

        scene.moveTo(scene.day(0, "11:00"));
        tickets.addMessage(number, MessageKind.PUBLIC_REPLY, "您好！您的问题已收到，我们尽快安排看下。", Fixtures.actor(agent));
        scene.moveTo(scene.day(0, "17:00"));

        ClockView first = clock(number, SlaTarget.FIRST_RESPONSE);
        assertThat(first.phase()).isEqualTo(ClockState.Phase.STOPPED);
        assertThat(first.breached()).isFalse();
        assertThat(scene.inbox(tenant, agent.id())).isEmpty();
    }

    @Test
    void waitingForTheCustomerPausesResolutionAndTheDueTimeFollowsTheTimeSpent() {
        scene.nextMondayAt("10:00");
        String number = ticket(Urgency.URGENT);
        tickets.addMessage(number, MessageKind.PUBLIC_REPLY, "您好，请您提供设备序列号。", Fixtures.actor(agent));
        scene.moveTo(scene.day(0, "12:00"));
        tickets.changeStatus(number, TicketStatus.WAITING_CUSTOMER, null, Fixtures.actor(agent));
        scene.settle();

        ClockView paused = clock(number, SlaTarget.RESOLUTION);
        assertThat(paused.phase()).isEqualTo(ClockState.Phase.PAUSED);
        assertThat(paused.spent()).isEqualTo(Duration.ofHours(2));

        // the customer answers on Thursday afternoon, long after the 24 working hours would have run out
        scene.moveTo(scene.day(3, "15:00"));
        tickets.addMessage(number, MessageKind.PUBLIC_REPLY, "序列号是 SN123456。", Fixtures.actor(customer));
        scene.settle();

        ClockView resumed = clock(number, SlaTarget.RESOLUTION);
        Instant expected = calendars.ofTenant(tenant.id()).plus(scene.day(3, "15:00"), Duration.ofHours(22));
        assertThat(resumed.phase()).isEqualTo(ClockState.Phase.RUNNING);
        assertThat(resumed.dueAt()).isEqualTo(expected).isAfter(clock.instant());
        assertThat(resumed.breached()).isFalse();
        assertThat(queries.get(number, Actor.system(tenant.id())).resolutionDueAt())
                .isEqualTo(expected);
        assertThat(scene.inbox(tenant, agent.id())).noneMatch(n -> n.subject().contains("超时"));
    }

    @Test
    void aWarningAtNightWaitsForTheOpeningUnlessTheTicketIsCritical() {
        scene.settings(
                tenant, s -> SlaScene.withBasis(SlaScene.marketplace(s), SlaTarget.FIRST_RESPONSE, TimeBasis.CALENDAR));
        scene.nextMondayAt("23:00");
        String normal = ticket(Urgency.NORMAL);
        String critical = ticket(Urgency.CRITICAL);

        // 15 calendar minutes: warned at 23:11:15, missed at 23:15, both at night
        scene.moveTo(scene.day(0, "23:12"));
        assertThat(subjects(agent))
                .singleElement()
                .asString()
                .contains(critical)
                .contains("时效预警");
        scene.moveTo(scene.day(0, "23:20"));
        assertThat(clock(normal, SlaTarget.FIRST_RESPONSE).breached()).isTrue();
        assertThat(subjects(agent)).allMatch(s -> s.contains(critical)).isNotEmpty();

        scene.moveTo(scene.day(1, "09:01"));
        assertThat(subjects(agent)).anyMatch(s -> s.contains(normal) && s.contains("时效预警"));
        assertThat(scene.inbox(tenant, agent.id()).stream()
                        .filter(n -> n.subject().contains(normal))
                        .map(NotificationView::sentAt))
                .allMatch(sent -> !sent.isBefore(scene.day(1, "09:00")));
    }

    @Test
    void theMarketplaceAsksForTheExpectedResolutionTimeAndTellsTheCustomer() {
        scene.settings(tenant, SlaScene::marketplace);
        scene.nextMondayAt("10:00");
        String number = ticket(Urgency.NORMAL);
        assertThat(clock(number, SlaTarget.EXPECTED_RESOLUTION).dueAt()).isEqualTo(scene.day(0, "10:30"));

        scene.moveTo(scene.day(0, "10:20"));
        tickets.addProgress(
                number,
                new ProgressEntry(
                        ProgressLabel.REMOTE_TROUBLESHOOTING,
                        "已远程查看日志，确认是固件问题。",
                        scene.day(1, "15:00"),
                        null,
                        null,
                        false,
                        false),
                Fixtures.actor(agent));
        scene.moveTo(scene.day(0, "11:00"));

        ClockView expected = clock(number, SlaTarget.EXPECTED_RESOLUTION);
        assertThat(expected.phase()).isEqualTo(ClockState.Phase.STOPPED);
        assertThat(expected.breached()).isFalse();
        assertThat(TestMail.to(customer.email()))
                .anySatisfy(
                        mail -> assertThat(mail.getSubject()).contains(number).contains("预计"));
        // no reply yet: the 15-minute first response was missed
        assertThat(clock(number, SlaTarget.FIRST_RESPONSE).breached()).isTrue();
    }

    @Test
    void aBusinessStoppingTicketNotSolvedTodayTellsStaffToPhoneTheCustomer() {
        scene.settings(tenant, SlaScene::marketplace);
        scene.nextMondayAt("10:00");
        String number = ticket(Urgency.CRITICAL);
        assertThat(clock(number, SlaTarget.RESOLUTION).dueAt()).isEqualTo(scene.day(0, "18:00"));

        scene.moveTo(scene.day(0, "18:01"));

        assertThat(clock(number, SlaTarget.RESOLUTION).breached()).isTrue();
        assertThat(scene.inbox(tenant, supervisor.id()))
                .anySatisfy(n -> assertThat(n.body()).contains(number).contains("电话联系客户"));
    }

    @Test
    void raisingTheUrgencyShortensTheResolutionTarget() {
        scene.nextMondayAt("10:00");
        String number = ticket(Urgency.NORMAL);
        assertThat(clock(number, SlaTarget.RESOLUTION).budget()).isEqualTo(Duration.ofHours(48));

        tickets.edit(
                number,
                new TicketEdit(
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        Urgency.CRITICAL,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null),
                Fixtures.actor(agent));
        scene.settle();

        ClockView resolution = clock(number, SlaTarget.RESOLUTION);
        assertThat(resolution.budget()).isEqualTo(Duration.ofHours(8));
        assertThat(resolution.dueAt()).isEqualTo(scene.day(0, "18:00"));
    }

    @Test
    void theTicketPageShowsEachTargetWithItsTimeLeft() {
        scene.nextMondayAt("10:00");
        String number = ticket(Urgency.NORMAL);
        scene.moveTo(scene.day(0, "11:00"));

        WebSession browser = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "en");
        WebSession.Page panel = browser.get("/tickets/" + number + "/sla");

        assertThat(panel.status()).isEqualTo(200);
        assertThat(panel.html().select("#sla-FIRST_RESPONSE").text())
                .contains("First response")
                .contains("5h 0m left");
        assertThat(panel.html().select("#sla-RESOLUTION").text())
                .contains("Resolution")
                .contains("running");
        assertThat(browser.get("/tickets/" + number).html().select("#sla").attr("hx-get"))
                .isEqualTo("/tickets/" + number + "/sla");
    }

    private String ticket(Urgency urgency) {
        String number = tickets.open(
                        tenant.id(),
                        io.loopdesk.ticket.value.Channel.WEB,
                        Fixtures.validTicket().urgency(urgency).build(),
                        Fixtures.actor(customer))
                .number();
        tickets.assign(number, agent.id(), null, Fixtures.actor(supervisor));
        scene.settle();
        return number;
    }

    private ClockView clock(String number, SlaTarget target) {
        return slaClocks.of(number, Fixtures.actor(agent)).clocks().stream()
                .map(TicketSla.Clock::clock)
                .filter(c -> c.target() == target)
                .findFirst()
                .orElseThrow();
    }

    private List<BreachView> breaches() {
        return slaClocks.breaches(
                tenant.id(), Instant.EPOCH, Instant.parse("2100-01-01T00:00:00Z"), 100, Fixtures.actor(supervisor));
    }

    private List<String> subjects(UserView user) {
        return scene.inbox(tenant, user.id()).stream()
                .map(NotificationView::subject)
                .toList();
    }
}
