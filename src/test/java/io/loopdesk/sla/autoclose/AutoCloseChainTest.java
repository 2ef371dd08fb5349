package io.loopdesk.sla.autoclose;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.LoggingSmsProvider;
import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.sla.SlaScene;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.policy.SlaPolicies;
import io.loopdesk.sla.policy.SlaSettings;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.TestMail;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Seed 003 §9 on a 5×8 desk: a ticket waiting for its customer is reminded on the 2nd working day, moved to
 * awaiting confirmation on the 7th, and confirmed and closed 3 working days later; a customer reply stops it all.
 */
@IntegrationTest
class AutoCloseChainTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    LoggingSmsProvider sms;

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

    @Autowired
    UserAccounts users;

    SlaScene scene;
    TenantInfo tenant;
    UserView customer;
    UserView agent;

    @BeforeEach
    void desk() {
        scene = new SlaScene(clock, background, calendars, policies, notifications);
        tenant = fixtures.tenant();
        scene.fiveByEight(tenant);
        customer = fixtures.customer(tenant);
        agent = fixtures.staff(tenant, Role.AGENT);
    }

    @Test
    void anUnansweredTicketIsRemindedThenAwaitsConfirmationThenIsClosed() throws Exception {
        scene.nextMondayAt("10:00");
        String number = waitingTicket();

        // Monday is day 0; Tuesday the 1st working day: nothing yet
        scene.moveTo(scene.day(1, "17:00"));
        assertThat(mailsAbout(number)).isEmpty();

        // the 2nd working day, Wednesday, at the desk's opening: e-mail and SMS
        scene.moveTo(scene.day(2, "09:01"));
        assertThat(mailsAbout(number))
                .singleElement()
                .satisfies(mail -> assertThat(mail.getSubject()).isEqualTo("工单 " + number + " 等待您的反馈"));
        assertThat(sms.recent()).anySatisfy(message -> {
            assertThat(message.mobile()).isEqualTo("13812341234");
            assertThat(message.text()).contains(number).contains("等待您补充信息");
        });
        assertThat(status(number)).isEqualTo(TicketStatus.WAITING_CUSTOMER);

        // the 7th working day is the next Wednesday
        scene.moveTo(scene.day(8, "17:00"));
        assertThat(status(number)).isEqualTo(TicketStatus.WAITING_CUSTOMER);
        scene.moveTo(scene.day(9, "09:01"));
        assertThat(status(number)).isEqualTo(TicketStatus.AWAITING_CONFIRMATION);
        assertThat(mailsAbout(number)).extracting(MimeMessage::getSubject).contains("工单 " + number + "：请确认问题已解决");

        // three more working days: Thursday, Friday, Monday
        scene.moveTo(scene.day(11, "17:00"));
        assertThat(status(number)).isEqualTo(TicketStatus.AWAITING_CONFIRMATION);
        scene.moveTo(scene.day(14, "09:01"));
        assertThat(status(number)).isEqualTo(TicketStatus.CLOSED);
        assertThat(mailsAbout(number)).extracting(MimeMessage::getSubject).contains("工单 " + number + " 已关闭");
        List<String> bySystem = queries.history(number, Actor.system(tenant.id())).stream()
                .filter(h -> h.actorName().equals("Loopdesk") && h.field().equals("status"))
                .map(h -> h.oldValue() + "->" + h.newValue())
                .toList();
        assertThat(bySystem)
                .containsExactly(
                        "WAITING_CUSTOMER->AWAITING_CONFIRMATION",
                        "AWAITING_CONFIRMATION->RESOLVED",
                        "RESOLVED->CLOSED");
    }

    @Test
    void aCustomerWhoReadsEnglishIsRemindedInEnglishByMailAndText() throws Exception {
        TenantScope.inTenant(tenant.id(), () -> users.preferLanguage(customer.id(), Locale.ENGLISH));
        scene.nextMondayAt("10:00");
        String number = waitingTicket();

        scene.moveTo(scene.day(2, "09:01"));

        assertThat(mailsAbout(number)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Ticket " + number + " is waiting for your answer");
            assertThat(mail.getContent().toString()).contains("waiting for information from you");
        });
        assertThat(sms.recent())
                .filteredOn(message -> message.text().contains(number))
                .singleElement()
                .satisfies(message -> assertThat(message.text())
                        .contains("waiting for information from you")
                        .doesNotContain("等待"));
    }

    @Test
    void aCustomerReplyCancelsTheChain() throws Exception {
        scene.nextMondayAt("10:00");
        String number = waitingTicket();

        scene.moveTo(scene.day(1, "11:00"));
        tickets.addMessage(number, MessageKind.PUBLIC_REPLY, "序列号是 SN123456。", Fixtures.actor(customer));
        scene.moveTo(scene.day(15, "10:00"));

        assertThat(status(number)).isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(mailsAbout(number)).isEmpty();
        assertThat(sms.recent()).noneMatch(message -> message.text().contains(number));
    }

    @Test
    void aCustomerReplyWhileAwaitingConfirmationStopsTheClosing() throws Exception {
        scene.nextMondayAt("10:00");
        String number = waitingTicket();
        scene.moveTo(scene.day(9, "09:01"));
        assertThat(status(number)).isEqualTo(TicketStatus.AWAITING_CONFIRMATION);

        tickets.addMessage(number, MessageKind.PUBLIC_REPLY, "还没有修好，请再看看。", Fixtures.actor(customer));
        scene.moveTo(scene.day(21, "10:00"));

        assertThat(status(number)).isEqualTo(TicketStatus.AWAITING_CONFIRMATION);
        assertThat(mailsAbout(number)).extracting(MimeMessage::getSubject).doesNotContain("工单 " + number + " 已关闭");
    }

    @Test
    void eachTenantSetsItsOwnWorkingDays() {
        scene.settings(
                tenant,
                s -> new SlaSettings(
                        s.policy(),
                        s.standard(),
                        s.marketplace(),
                        s.resolution(),
                        s.bases(),
                        s.clocks(),
                        new SlaSettings.AutoCloseTerms(1, 2, 1),
                        s.complaints()));
        scene.nextMondayAt("10:00");
        String number = waitingTicket();

        scene.moveTo(scene.day(2, "09:01"));
        assertThat(status(number)).isEqualTo(TicketStatus.AWAITING_CONFIRMATION);
        scene.moveTo(scene.day(3, "09:01"));
        assertThat(status(number)).isEqualTo(TicketStatus.CLOSED);
    }

    private String waitingTicket() {
        String number = tickets.open(
                        tenant.id(), Channel.WEB, Fixtures.validTicket().build(), Fixtures.actor(customer))
                .number();
        tickets.addMessage(number, MessageKind.PUBLIC_REPLY, "您好，请您提供设备序列号，谢谢！", Fixtures.actor(agent));
        tickets.changeStatus(number, TicketStatus.WAITING_CUSTOMER, null, Fixtures.actor(agent));
        scene.settle();
        return number;
    }

    private TicketStatus status(String number) {
        return queries.get(number, Actor.system(tenant.id())).status();
    }

    /** The mails about the ticket since its receipt was confirmed (the survey module's notice, not this chain's). */
    private List<MimeMessage> mailsAbout(String number) throws Exception {
        List<MimeMessage> about = new java.util.ArrayList<>();
        for (MimeMessage mail : TestMail.to(customer.email())) {
            String subject = mail.getSubject();
            if (subject.contains(number) && !subject.contains("已收到您的反馈") && !subject.contains("received your")) {
                about.add(mail);
            }
        }
        return about;
    }
}
