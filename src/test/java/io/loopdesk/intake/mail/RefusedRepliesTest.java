package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.intake.mail.reading.MailPolling;
import io.loopdesk.notification.DeliveryView;
import io.loopdesk.notification.NotificationView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.RefusingSmtpServer;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.TestMail;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.Upload;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.view.HistoryEntryView;
import io.loopdesk.ticket.view.MessageView;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Replies go through the notification outbox, like every e-mail. A reply the SMTP server refuses for good (5xx)
 * fails at once instead of being retried: the ticket says so and the people handling it are told. A refusal for
 * now (4xx) or a broken connection is tried again by the outbox, and the reply then goes out as it was written:
 * threaded, from its mailbox, with its files, every attempt in the ticket's delivery log.
 */
@IntegrationTest
class RefusedRepliesTest {

    static final String CUSTOMER = "zhang.wei@example.com";

    @RegisterExtension
    static final GreenMailExtension server = SupportMailbox.server();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailboxes mailboxes;

    @Autowired
    MailPolling polling;

    @Autowired
    io.loopdesk.ticket.Attachments files;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    Notifications notifications;

    @Autowired
    BackgroundWork background;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcClient jdbc;

    TenantInfo tenant;
    UserView adminUser;
    Actor admin;
    UserView agentUser;
    Actor agent;
    RefusingSmtpServer smtp;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        adminUser = fixtures.staff(tenant, Role.TENANT_ADMIN);
        admin = Fixtures.actor(adminUser);
        agentUser = fixtures.staff(tenant, Role.AGENT);
        agent = Fixtures.actor(agentUser);
    }

    @AfterEach
    void stopServer() {
        if (smtp != null) {
            smtp.close();
        }
    }

    @Test
    void aReplyRefusedForGoodFailsAtOnceTheTicketSaysSoAndItsAssigneeIsTold() throws Exception {
        smtp = RefusingSmtpServer.start(0, RefusingSmtpServer.Stage.RCPT, "554 5.7.1 Relay access denied");
        MailboxView mailbox = mailboxSendingThrough(smtp.port());
        String number = ticketByMail(mailbox);
        tickets.assign(number, agent.userId(), null, agent);

        reply(number);
        background.settle();

        assertThat(outbox(number)).isEqualTo("FAILED/1");
        background.advance(clock, Duration.ofHours(2));
        assertThat(outbox(number)).as("never tried again").isEqualTo("FAILED/1");
        // the reply and the notice of receipt, which goes out by the same mailbox and meets the same refusal
        assertThat(smtp.offeredTo(CUSTOMER)).isEqualTo(2);

        assertThat(queries.messages(number, agent))
                .filteredOn(m -> m.kind() == MessageKind.INTERNAL_NOTE)
                .extracting(MessageView::body)
                .singleElement()
                .asString()
                .contains("发给 " + CUSTOMER + " 的邮件回复未能送达", "554 5.7.1 Relay access denied");
        assertThat(queries.history(number, agent))
                .filteredOn(h -> h.field().equals("bounce"))
                .extracting(HistoryEntryView::newValue)
                .containsExactly(CUSTOMER);
        background.settle();
        assertThat(TenantScope.inTenant(tenant.id(), () -> notifications.inbox(agent.userId())))
                .filteredOn(n -> n.subject().contains("未能送达"))
                .singleElement()
                .satisfies(n -> assertThat(n.body()).contains(number, CUSTOMER, "554"));
        assertThat(TestMail.to(agentUser.email()))
                .anySatisfy(m -> assertThat(m.getSubject()).contains(number, CUSTOMER));
        assertThat(WebSession.signedIn(fixtures.baseUrl(), adminUser.username(), Fixtures.PASSWORD, "en")
                        .get("/admin/mailboxes")
                        .text())
                .contains("not delivered", "554 5.7.1 Relay access denied");
    }

    @Test
    void withNobodyAssignedTheSupervisorsAreTold() throws Exception {
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        smtp = RefusingSmtpServer.start(0, RefusingSmtpServer.Stage.DATA, "554 5.7.1 Message rejected as spam");
        String number = ticketByMail(mailboxSendingThrough(smtp.port()));

        reply(number);
        background.settle();

        assertThat(outbox(number)).isEqualTo("FAILED/1");
        assertThat(TenantScope.inTenant(tenant.id(), () -> notifications.inbox(supervisor.id())))
                .singleElement()
                .satisfies(n -> assertThat(n.body()).contains(number, "Message rejected as spam"));
    }

    @Test
    void aReplyTheServerDefersIsTriedAgainByTheOutboxAndGoesOutThreadedWithItsFile() throws Exception {
        smtp = RefusingSmtpServer.start(0, RefusingSmtpServer.Stage.RCPT, "451 4.3.0 Try again later");
        MailboxView mailbox = mailboxSendingThrough(smtp.port());
        String customersMessageId = "<deferred-" + System.nanoTime() + "@example.com>";
        String number = ticketByMail(mailbox, customersMessageId);
        byte[] picture = io.loopdesk.ticket.TestFiles.png(20, 10);

        MessageView reply = files.replyWith(
                number,
                MessageKind.PUBLIC_REPLY,
                "您好，请按截图里的步骤重新配网。",
                List.of(Upload.of("步骤.png", null, picture)),
                agent);
        awaitQueued(reply);
        background.settle();
        assertThat(outbox(number)).isEqualTo("PENDING/1");
        // the reply and the notice of receipt, which goes out by the same mailbox and meets the same refusal
        assertThat(smtp.offeredTo(CUSTOMER)).isEqualTo(2);

        mailboxes.change(mailbox.id(), SupportMailbox.imap(), admin);
        background.advance(clock, Duration.ofMinutes(2));

        assertThat(outbox(number)).isEqualTo("SENT/2");
        assertThat(queries.messages(number, agent)).noneMatch(m -> m.kind() == MessageKind.INTERNAL_NOTE);
        MimeMessage sent = java.util.Arrays.stream(server.getReceivedMessages())
                .filter(m -> {
                    try {
                        // the reply, not the notice of receipt that waited with it
                        return m.getAllRecipients()[0].toString().equals(CUSTOMER)
                                && m.getSubject().contains("[#");
                    } catch (jakarta.mail.MessagingException e) {
                        return false;
                    }
                })
                .reduce((a, b) -> b)
                .orElseThrow();
        String ourMessageId = jdbc.sql("select message_id from reply_mail where source_message = ?")
                .param(reply.id())
                .query(String.class)
                .single();
        assertThat(sent.getMessageID()).isEqualTo("<" + ourMessageId + ">");
        assertThat(sent.getHeader("In-Reply-To")).containsExactly(customersMessageId);
        assertThat(sent.getHeader("References")).containsExactly(customersMessageId);
        assertThat(sent.getFrom())
                .extracting(Object::toString)
                .singleElement()
                .asString()
                .contains(SupportMailbox.ADDRESS);
        assertThat(sent.getSubject()).contains("[#" + number + "]");
        MimeMultipart parts = (MimeMultipart) sent.getContent();
        assertThat(parts.getCount()).isEqualTo(2);
        assertThat((String) parts.getBodyPart(0).getContent()).contains("重新配网");
        BodyPart file = parts.getBodyPart(1);
        assertThat(MimeUtility.decodeText(file.getFileName())).isEqualTo("步骤.png");
        assertThat(file.getInputStream().readAllBytes()).isEqualTo(picture);

        List<NotificationView> aboutTicket = TenantScope.inTenant(tenant.id(), () -> notifications.aboutTicket(number));
        // the reply, not the notice of receipt the customer got first
        String replySubject = sent.getSubject();
        NotificationView mailed = aboutTicket.stream()
                .filter(n -> n.address().equals(CUSTOMER) && n.subject().equals(replySubject))
                .findFirst()
                .orElseThrow();
        assertThat(TenantScope.inTenant(tenant.id(), () -> notifications.deliveryLog(List.of(mailed.id()))))
                .extracting(DeliveryView::outcome, d -> d.detail().contains("451"))
                .containsExactly(tuple("FAILED", true), tuple("SENT", false));
        assertThat(mailboxes.sent(admin))
                .singleElement()
                .satisfies(o -> assertThat(o.status()).isEqualTo("SENT"))
                .satisfies(o -> assertThat(o.messageId()).isEqualTo(ourMessageId));
    }

    @Test
    void aReplyTheServerKeepsDeferringIsGivenUpAfterTheOutboxsAttemptsAndTheTicketIsTold() throws Exception {
        smtp = RefusingSmtpServer.start(0, RefusingSmtpServer.Stage.RCPT, "451 4.3.0 Try again later");
        String number = ticketByMail(mailboxSendingThrough(smtp.port()));
        tickets.assign(number, agent.userId(), null, agent);

        reply(number);
        background.settle();
        for (int hour = 0; hour < 8 && outbox(number).startsWith("PENDING"); hour++) {
            background.advance(clock, Duration.ofHours(1));
        }

        assertThat(outbox(number)).as("loopdesk.notification.max-attempts").isEqualTo("FAILED/8");
        // eight attempts at the reply, eight at the notice of receipt by the same mailbox
        assertThat(smtp.offeredTo(CUSTOMER)).isEqualTo(16);
        assertThat(queries.messages(number, agent))
                .filteredOn(m -> m.kind() == MessageKind.INTERNAL_NOTE)
                .extracting(MessageView::body)
                .singleElement()
                .asString()
                .contains(CUSTOMER, "451 4.3.0 Try again later");
        assertThat(TenantScope.inTenant(tenant.id(), () -> notifications.inbox(agent.userId())))
                .anySatisfy(n -> assertThat(n.body()).contains(number, CUSTOMER));
    }

    private MailboxView mailboxSendingThrough(int smtpPort) {
        return mailboxes.create(
                SupportMailbox.settings(MailProtocol.IMAP, SupportMailbox.IMAP, "secret", smtpPort), admin);
    }

    private String ticketByMail(MailboxView mailbox) throws Exception {
        return ticketByMail(mailbox, "<refused-" + System.nanoTime() + "@example.com>");
    }

    private String ticketByMail(MailboxView mailbox, String messageId) throws Exception {
        SupportMailbox.deliver(server, EveryMailEndsInOneOutcomeTest.mail(CUSTOMER, messageId, "退货", "申请退货一周了还没有人处理。"));
        polling.poll(mailbox.id());
        return queries.list(TicketQuery.builder().build(), admin)
                .items()
                .getFirst()
                .number();
    }

    private void reply(String number) {
        awaitQueued(tickets.addMessage(number, MessageKind.PUBLIC_REPLY, "您好，已为您加急处理退货。", agent));
    }

    private void awaitQueued(MessageView reply) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.sql("select count(*) from reply_mail where source_message = ?")
                                .param(reply.id())
                                .query(Long.class)
                                .single()
                        == 1);
    }

    /** The reply's notification in the outbox: its status and attempts. */
    private String outbox(String number) {
        return jdbc.sql("select n.status, n.attempts from notification n join reply_mail r on r.notification_id = n.id"
                        + " where r.ticket_number = ?")
                .param(number)
                .query((rs, row) -> rs.getString(1) + "/" + rs.getInt(2))
                .single();
    }
}
