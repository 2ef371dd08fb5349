package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.intake.mail.reading.MailPolling;
import io.loopdesk.intake.mail.reading.MailboxReader;
import io.loopdesk.intake.mail.reading.MailboxWatchers;
import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.TestMail;
import io.loopdesk.ticket.TestFiles;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.TicketPage;
import io.loopdesk.ticket.view.TicketView;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The e-mail channel against a real mail server (GreenMail: SMTP, IMAP and POP3 in this JVM). */
@IntegrationTest
@RecordApplicationEvents
class EmailChannelTest {

    static final String SUPPORT = SupportMailbox.ADDRESS;
    static final String CUSTOMER = "zhang.wei@example.com";

    @RegisterExtension
    static final GreenMailExtension mail = SupportMailbox.server();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailboxes mailboxes;

    @Autowired
    MailPolling polling;

    @Autowired
    io.loopdesk.ticket.Attachments files;

    @Autowired
    MailboxWatchers watchers;

    @Autowired
    MailIntake intake;

    @Autowired
    TicketQueries queries;

    @Autowired
    Tickets tickets;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestClock clock;

    @Autowired
    ApplicationEvents events;

    @Autowired
    BackgroundWork background;

    @Autowired
    Notifications notifications;

    @Autowired
    UserAccounts users;

    @Autowired
    io.loopdesk.ticket.relation.TicketMerges merges;

    TenantInfo tenant;
    Actor admin;
    Actor agent;
    MailboxView mailbox;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = Fixtures.actor(fixtures.staff(tenant, Role.TENANT_ADMIN));
        agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        mailbox = mailboxes.create(settings(MailProtocol.IMAP, 3143, "secret", 3025), admin);
    }

    @Test
    void aNewMailBecomesATicketWithTheSenderAsItsCustomer() throws Exception {
        deliver(message(CUSTOMER, "张伟", "门锁离线", "从昨天开始门锁一直离线，重启路由器也没有用。", null));

        assertThat(polling.poll(mailbox.id())).isEqualTo(1);

        TicketView ticket = onlyTicket();
        assertThat(ticket.channel()).isEqualTo(Channel.EMAIL);
        assertThat(ticket.title()).isEqualTo("门锁离线");
        assertThat(ticket.description()).contains("门锁一直离线");
        assertThat(ticket.contact()).isEqualTo(CUSTOMER);
        assertThat(ticket.customerName()).isEqualTo("张伟");
        assertThat(ticket.requesterId()).isNotNull();
        assertThat(unseenOnServer())
                .as("acknowledged only after the ticket was committed")
                .isZero();
        assertThat(polling.poll(mailbox.id())).isZero();
        assertThat(mailboxes.of(admin))
                .singleElement()
                .satisfies(m -> assertThat(m.status()).isEqualTo(MailboxStatus.OK));
    }

    @Test
    void aMailsScreenshotIsKeptOnTheTicketAndAFileNotAcceptedIsNamedInANote() throws Exception {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new jakarta.mail.internet.InternetAddress(CUSTOMER, "张伟", "UTF-8"));
        message.setRecipients(jakarta.mail.Message.RecipientType.TO, SUPPORT);
        message.setSubject("门锁报错截图", "UTF-8");
        jakarta.mail.internet.MimeMultipart parts = new jakarta.mail.internet.MimeMultipart();
        jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
        text.setText("App 报错，截图见附件。", "UTF-8");
        parts.addBodyPart(text);
        jakarta.mail.internet.MimeBodyPart screenshot = new jakarta.mail.internet.MimeBodyPart();
        screenshot.setContent(TestFiles.png(40, 30), "image/png");
        screenshot.setFileName(jakarta.mail.internet.MimeUtility.encodeText("报错截图.png", "UTF-8", "B"));
        screenshot.setDisposition(jakarta.mail.Part.ATTACHMENT);
        parts.addBodyPart(screenshot);
        jakarta.mail.internet.MimeBodyPart program = new jakarta.mail.internet.MimeBodyPart();
        program.setContent(TestFiles.exe(), "application/octet-stream");
        program.setFileName("fix.exe");
        program.setDisposition(jakarta.mail.Part.ATTACHMENT);
        parts.addBodyPart(program);
        message.setContent(parts);
        message.saveChanges();
        deliver(message);

        assertThat(polling.poll(mailbox.id())).isEqualTo(1);

        TicketView ticket = onlyTicket();
        assertThat(files.of(ticket.number(), agent)).singleElement().satisfies(file -> {
            assertThat(file.filename()).isEqualTo("报错截图.png");
            assertThat(file.contentType()).isEqualTo("image/png");
        });
        assertThat(queries.messages(ticket.number(), agent))
                .filteredOn(m -> m.kind() == MessageKind.INTERNAL_NOTE)
                .singleElement()
                .satisfies(note -> assertThat(note.body()).contains("fix.exe"));
        assertThat(unseenOnServer())
                .as("the mail counts although one file was refused")
                .isZero();
    }

    @Test
    void repliesThreadBothWays() throws Exception {
        deliver(message(CUSTOMER, "张伟", "摄像头配网失败", "每次都卡在 95% 然后提示超时。", null));
        polling.poll(mailbox.id());
        TicketView ticket = onlyTicket();
        String customersMessageId = jdbc.sql("select message_id from inbound_mail where ticket_number = ?")
                .param(ticket.number())
                .query(String.class)
                .single();

        tickets.assign(ticket.number(), agent.userId(), null, agent);
        tickets.changeStatus(ticket.number(), TicketStatus.IN_PROGRESS, null, agent);
        tickets.addMessage(ticket.number(), MessageKind.PUBLIC_REPLY, "您好，请问路由器是否开启了 5G 合一？", agent);
        tickets.changeStatus(ticket.number(), TicketStatus.WAITING_CUSTOMER, null, agent);
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxCount(ticket.number()) == 1);
        background.settle();

        MimeMessage reply = receivedBy(CUSTOMER);
        assertThat(reply.getSubject()).contains("[#" + ticket.number() + "]").contains("摄像头配网失败");
        assertThat(reply.getHeader("In-Reply-To")[0]).isEqualTo("<" + customersMessageId + ">");
        assertThat((String) reply.getContent()).contains("5G 合一");
        String ourMessageId = reply.getMessageID();

        deliver(message(
                CUSTOMER, "张伟", "RE: something else entirely", "是的，开启了双频合一。\n\n> 您好，请问路由器是否开启了 5G 合一？", ourMessageId));
        polling.poll(mailbox.id());

        assertThat(queries.list(TicketQuery.builder().build(), admin).items())
                .as("no second ticket")
                .hasSize(1);
        List<MessageView> messages = queries.messages(ticket.number(), agent);
        assertThat(messages.getLast().fromCustomer()).isTrue();
        assertThat(messages.getLast().body()).isEqualTo("是的，开启了双频合一。");
        assertThat(queries.get(ticket.number(), agent).status())
                .as("the customer's answer resumes the ticket")
                .isEqualTo(TicketStatus.IN_PROGRESS);
    }

    @Test
    void theCustomersNoticesGoOutFromTheMailboxInTheirThread() throws Exception {
        deliver(message(CUSTOMER, "张伟", "门锁无法开启", "指纹识别一直失败。", null));
        polling.poll(mailbox.id());
        TicketView ticket = onlyTicket();
        String customersMessageId = jdbc.sql("select message_id from inbound_mail where ticket_number = ?")
                .param(ticket.number())
                .query(String.class)
                .single();
        background.settle();

        // the notice of receipt answers the customer's mail, from the support mailbox they wrote to
        MimeMessage receipt = receivedBy(CUSTOMER);
        assertThat(receipt.getSubject()).contains(ticket.number());
        assertThat(receipt.getFrom()[0].toString()).contains(SUPPORT);
        assertThat(receipt.getHeader("In-Reply-To")[0]).isEqualTo("<" + customersMessageId + ">");

        // an answer to the notice joins the same ticket
        deliver(message(CUSTOMER, "张伟", "Re: " + receipt.getSubject(), "型号是 X3。", receipt.getMessageID()));
        polling.poll(mailbox.id());
        assertThat(queries.list(TicketQuery.builder().build(), admin).items()).hasSize(1);
        assertThat(queries.messages(ticket.number(), agent).getLast().body()).isEqualTo("型号是 X3。");
    }

    @Test
    void autoRepliesAndBouncesCreateNoTicketAndTriggerNoReply() throws Exception {
        deliver(message(CUSTOMER, "张伟", "门锁离线", "门锁离线了，请帮忙看看是什么原因。", null));
        polling.poll(mailbox.id());
        TicketView ticket = onlyTicket();
        tickets.addMessage(ticket.number(), MessageKind.PUBLIC_REPLY, "您好，我们正在排查。", agent);
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxCount(ticket.number()) == 1);
        background.settle();
        String ourMessageId = receivedBy(CUSTOMER).getMessageID();
        int sentBefore = mail.getReceivedMessages().length;

        MimeMessage vacation = message(CUSTOMER, "张伟", "自动回复: 门锁离线", "我正在休假，将于下周回复。", null);
        vacation.setHeader("Auto-Submitted", "auto-replied");
        deliver(vacation);
        deliver(bounce(ourMessageId));
        polling.poll(mailbox.id());

        assertThat(queries.list(TicketQuery.builder().build(), admin).items()).hasSize(1);
        assertThat(jdbc.sql("select outcome from inbound_mail where mailbox_id = ? order by id")
                        .param(mailbox.id())
                        .query(String.class)
                        .list())
                .containsExactly("OPENED", "IGNORED", "BOUNCE");
        assertThat(queries.messages(ticket.number(), agent))
                .extracting(MessageView::body)
                .anySatisfy(body -> assertThat(body).contains(CUSTOMER, "未能送达"));
        background.settle();
        assertThat(mail.getReceivedMessages().length - sentBefore)
                .as("nothing answers an auto-reply or a bounce (only the two mails we delivered ourselves)")
                .isEqualTo(2);
    }

    @Test
    void anAnswerToAMergedTicketsMailJoinsTheTicketItWasMergedInto() throws Exception {
        deliver(message(CUSTOMER, "张伟", "摄像头离线", "客厅摄像头从昨晚开始离线。", null));
        polling.poll(mailbox.id());
        deliver(message(CUSTOMER, "张伟", "摄像头还是离线", "客厅摄像头还是离线，重启也没用。", null));
        polling.poll(mailbox.id());
        List<String> numbers =
                queries
                        .list(
                                TicketQuery.builder()
                                        .order(TicketQuery.Order.OLDEST)
                                        .build(),
                                admin)
                        .items()
                        .stream()
                        .map(t -> t.number())
                        .toList();
        String first = numbers.get(0);
        String second = numbers.get(1);
        String secondsMessageId = jdbc.sql("select message_id from inbound_mail where ticket_number = ?")
                .param(second)
                .query(String.class)
                .single();
        TenantScope.inTenant(tenant.id(), () -> merges.merge(second, first, agent));

        deliver(message(CUSTOMER, "张伟", "Re: 摄像头还是离线", "型号是 C3。", secondsMessageId));
        polling.poll(mailbox.id());

        assertThat(queries.list(TicketQuery.builder().build(), admin).items())
                .as("no ticket for the answer")
                .hasSize(2);
        assertThat(queries.messages(first, agent).getLast().body()).isEqualTo("型号是 C3。");
    }

    @Test
    void aMailReadTwiceAfterACrashMakesNoSecondTicket() throws Exception {
        deliver(message(CUSTOMER, "张伟", "无法登录", "今天早上开始无法登录 App，提示密码错误。", null));
        MailboxReader reader = new MailboxReader(new MailProperties(
                Duration.ofMinutes(1),
                500,
                Duration.ofMinutes(5),
                null,
                false,
                true,
                Duration.ofMinutes(1),
                Duration.ofSeconds(40)));
        // the ticket is committed, then the node dies before telling the server
        reader.read(
                mailbox,
                "secret",
                raw -> {
                    intake.accept(mailbox, raw);
                    return false;
                },
                () -> true);
        assertThat(unseenOnServer()).isEqualTo(1);

        polling.poll(mailbox.id());

        assertThat(queries.list(TicketQuery.builder().build(), admin).items()).hasSize(1);
        assertThat(unseenOnServer()).isZero();
    }

    @Test
    void chineseEncodedMailIsDecoded() throws Exception {
        Charset gb = Charset.forName("GB18030");
        String raw = "From: =?GB2312?B?" + Base64.getEncoder().encodeToString("李娜".getBytes(gb))
                + "?= <li.na@example.com>\r\n"
                + "To: " + SUPPORT + "\r\n"
                + "Subject: =?GB2312?B?" + Base64.getEncoder().encodeToString("直播间卡顿严重".getBytes(gb)) + "?=\r\n"
                + "Message-ID: <gb-1@example.com>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: text/plain; charset=gb2312\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString("晚上八点后进入任何直播间都非常卡，画面几秒就转圈。".getBytes(gb)) + "\r\n";
        deliver(new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII))));

        polling.poll(mailbox.id());

        TicketView ticket = onlyTicket();
        assertThat(ticket.title()).isEqualTo("直播间卡顿严重");
        assertThat(ticket.customerName()).isEqualTo("李娜");
        assertThat(ticket.description()).contains("画面几秒就转圈");
    }

    @Test
    void repliesWaitWhileTheSmtpServerIsDownAndGoOutLater() throws Exception {
        MailboxView broken = mailboxes.change(mailbox.id(), settings(MailProtocol.IMAP, 3143, null, 3999), admin);
        deliver(message(CUSTOMER, "张伟", "退货", "申请退货一周了还没有人处理，请尽快安排。", null));
        polling.poll(broken.id());
        TicketView ticket = onlyTicket();
        tickets.addMessage(ticket.number(), MessageKind.PUBLIC_REPLY, "您好，已为您加急处理退货。", agent);
        await().atMost(Duration.ofSeconds(10)).until(() -> outboxCount(ticket.number()) == 1);

        background.settle();
        assertThat(reply(ticket.number())).isEqualTo("PENDING/1/true");
        assertThat(mail.getReceivedMessages()).noneMatch(m -> addressedTo(m, CUSTOMER));

        mailboxes.change(mailbox.id(), settings(MailProtocol.IMAP, 3143, null, 3025), admin);
        background.advance(clock, Duration.ofMinutes(2));

        // the customer's mailbox may also hold notices of the class's other tickets, in any order
        await().atMost(Duration.ofSeconds(10))
                .until(() -> java.util.Arrays.stream(mail.getReceivedMessages())
                        .anyMatch(m -> addressedTo(m, CUSTOMER) && subjectOf(m).contains(ticket.number())));
        assertThat(reply(ticket.number())).isEqualTo("SENT/2/false");
    }

    /** The reply's notification in the outbox: status, attempts, and whether an error is noted. */
    private String reply(String number) {
        return jdbc.sql("select n.status, n.attempts, n.last_error from notification n"
                        + " join reply_mail r on r.notification_id = n.id where r.ticket_number = ?")
                .param(number)
                .query((rs, row) -> rs.getString(1) + "/" + rs.getInt(2) + "/" + (rs.getString(3) != null))
                .single();
    }

    @Test
    void aMailboxThatCannotBeReadIsShownFailingAndItsAdminsAlerted() throws Exception {
        MailboxView wrong =
                mailboxes.change(mailbox.id(), settings(MailProtocol.IMAP, 3143, "not-the-password", 3025), admin);

        polling.poll(wrong.id());

        MailboxView failing = mailboxes.of(admin).getFirst();
        assertThat(failing.status()).isEqualTo(MailboxStatus.FAILING);
        assertThat(failing.lastError()).containsIgnoringCase("authentication");
        polling.alert();
        assertThat(events.stream(MailboxFailing.class).filter(e -> e.mailboxId() == wrong.id()))
                .isEmpty();

        clock.advance(Duration.ofMinutes(6));
        polling.poll(wrong.id());
        polling.alert();
        polling.alert();
        assertThat(events.stream(MailboxFailing.class).filter(e -> e.mailboxId() == wrong.id()))
                .as("alerted once, after five minutes of failing")
                .singleElement();
        background.settle();
        assertThat(TenantScope.inTenant(tenant.id(), () -> notifications.inbox(admin.userId())))
                .as("the tenant admin sees it in the app")
                .singleElement()
                .satisfies(n -> assertThat(n.body()).contains(wrong.address(), "AuthenticationFailedException"));
        assertThat(TestMail.to(adminEmail()))
                .as("and by e-mail, through the system's mail server rather than the failing mailbox")
                .anySatisfy(mail -> assertThat(mail.getSubject()).contains(wrong.name()));
    }

    @Test
    void withImapIdleNewMailIsReadAtOnceWithoutWaitingForThePoll() throws Exception {
        // only this test's mailbox: earlier tests left mailboxes on the same GreenMail account in other tenants
        jdbc.sql("update mailbox set enabled = false where id <> ?")
                .param(mailbox.id())
                .update();
        try {
            watchers.check();
            await().atMost(Duration.ofSeconds(10))
                    .until(() ->
                            Boolean.TRUE.equals(mailboxes.of(admin).getFirst().idleSupported()));
            assertThat(watchers.watching(mailbox.id())).isTrue();

            deliver(message(CUSTOMER, "张伟", "推送到达", "门锁又离线了，这封邮件应当立即变成工单。", null));

            await().atMost(Duration.ofSeconds(15))
                    .until(() -> !queries.list(TicketQuery.builder().build(), admin)
                            .items()
                            .isEmpty());
            assertThat(onlyTicket().title()).isEqualTo("推送到达");
            assertThat(unseenOnServer()).isZero();

            mailboxes.change(mailbox.id(), off(), admin);
            watchers.check();
            assertThat(watchers.watching(mailbox.id()))
                    .as("a switched-off mailbox is no longer watched")
                    .isFalse();
        } finally {
            watchers.stopAll();
        }
    }

    private MailboxSettings off() {
        MailboxSettings on = settings(MailProtocol.IMAP, 3143, "secret", 3025);
        return new MailboxSettings(
                on.name(),
                on.address(),
                on.protocol(),
                on.host(),
                on.port(),
                on.username(),
                on.password(),
                on.folder(),
                on.smtpHost(),
                on.smtpPort(),
                on.smtpSecurity(),
                on.smtpUsername(),
                on.smtpPassword(),
                false);
    }

    private String adminEmail() {
        return TenantScope.asSystem(() -> users.byId(admin.userId()))
                .orElseThrow()
                .email();
    }

    @Test
    void pop3MailboxesWorkToo() throws Exception {
        MailboxView pop = mailboxes.change(mailbox.id(), settings(MailProtocol.POP3, 3110, null, 3025), admin);
        deliver(message(CUSTOMER, "张伟", "发货延迟", "双十一下单十天还没有发货，请帮忙催一下。", null));

        assertThat(polling.poll(pop.id())).isEqualTo(1);

        assertThat(onlyTicket().title()).isEqualTo("发货延迟");
        assertThat(mail.getUserManager().getUserByEmail(SUPPORT)).isNotNull();
        assertThat(polling.poll(pop.id()))
                .as("POP3 messages are deleted once handled")
                .isZero();
    }

    private MailboxSettings settings(MailProtocol protocol, int port, String password, int smtpPort) {
        return SupportMailbox.settings(protocol, port, password, smtpPort);
    }

    private MimeMessage message(String from, String name, String subject, String text, String inReplyTo)
            throws Exception {
        return SupportMailbox.mail(from, name, subject, text, inReplyTo);
    }

    private MimeMessage bounce(String ourMessageId) throws Exception {
        String raw = "From: Mail Delivery System <MAILER-DAEMON@example.com>\r\n"
                + "To: " + SUPPORT + "\r\n"
                + "Subject: Undelivered Mail Returned to Sender\r\n"
                + "Message-ID: <bounce-1@example.com>\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b1\"\r\n\r\n"
                + "--b1\r\nContent-Type: text/plain\r\n\r\nThe mail could not be delivered: mailbox full.\r\n"
                + "--b1\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; example.com\r\n\r\n"
                + "Final-Recipient: rfc822; " + CUSTOMER + "\r\nAction: failed\r\nStatus: 5.2.2\r\n\r\n"
                + "--b1\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: " + ourMessageId + "\r\n"
                + "Subject: Re: whatever\r\n\r\n--b1--\r\n";
        return new MimeMessage(
                Session.getInstance(new Properties()),
                new ByteArrayInputStream(raw.getBytes(StandardCharsets.US_ASCII)));
    }

    private void deliver(MimeMessage message) throws Exception {
        mail.getUserManager().getUserByEmail(SUPPORT).deliver(message);
    }

    private TicketView onlyTicket() {
        TicketPage page = queries.list(TicketQuery.builder().build(), admin);
        assertThat(page.items()).hasSize(1);
        return queries.get(page.items().getFirst().number(), agent);
    }

    private long outboxCount(String number) {
        return jdbc.sql("select count(*) from reply_mail where ticket_number = ?")
                .param(number)
                .query(Long.class)
                .single();
    }

    private MimeMessage receivedBy(String address) {
        await().atMost(Duration.ofSeconds(10))
                .until(() ->
                        java.util.Arrays.stream(mail.getReceivedMessages()).anyMatch(m -> addressedTo(m, address)));
        return java.util.Arrays.stream(mail.getReceivedMessages())
                .filter(m -> addressedTo(m, address))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException e) {
            return "";
        }
    }

    private static boolean addressedTo(MimeMessage message, String address) {
        try {
            return java.util.Arrays.stream(message.getAllRecipients())
                    .anyMatch(r -> r.toString().contains(address));
        } catch (jakarta.mail.MessagingException e) {
            return false;
        }
    }

    private int unseenOnServer() throws Exception {
        return SupportMailbox.unseen();
    }
}
