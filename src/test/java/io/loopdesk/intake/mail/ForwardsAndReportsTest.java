package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.intake.mail.mime.MailText;
import io.loopdesk.intake.mail.reading.MailPolling;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.Attachments;
import io.loopdesk.ticket.TestFiles;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.view.AttachmentView;
import io.loopdesk.ticket.view.MessageView;
import io.loopdesk.ticket.view.TicketSummary;
import io.loopdesk.ticket.view.TicketView;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A forwarded mail shows on its ticket as a mail; an abuse report is a report, like a bounce, never a ticket. */
@IntegrationTest
class ForwardsAndReportsTest {

    @RegisterExtension
    static final GreenMailExtension server = SupportMailbox.server();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailboxes mailboxes;

    @Autowired
    MailPolling polling;

    @Autowired
    TicketQueries queries;

    @Autowired
    Tickets tickets;

    @Autowired
    Attachments files;

    @Autowired
    JdbcClient jdbc;

    Actor admin;
    Actor agent;
    MailboxView mailbox;

    @BeforeEach
    void setUp() {
        var tenant = fixtures.tenant();
        admin = Fixtures.actor(fixtures.staff(tenant, Role.TENANT_ADMIN));
        agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        mailbox = mailboxes.create(SupportMailbox.imap(), admin);
    }

    @Test
    void aForwardedMailShowsOnTheTicketWithItsHeadersAndTextAndItsFilesAreKept() throws Exception {
        String screenshot = Base64.getMimeEncoder(76, new byte[] {'\n'}).encodeToString(TestFiles.png(40, 30));
        SupportMailbox.deliver(server, utf8("""
                From: Li Na <li.na@example.com>
                To: support@acme.test
                Subject: Fwd: 门锁离线
                Message-ID: <forward-1@example.com>
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: text/plain; charset=utf-8

                客户发到销售邮箱了，转给客服处理。
                --outer
                Content-Type: message/rfc822

                From: =?utf-8?B?5byg5Lyf?= <zhang.wei@example.com>
                To: sales@acme.test
                Date: Mon, 23 Nov 2026 09:12:00 +0800
                Subject: =?utf-8?B?6Zeo6ZSB56a757q/?=
                MIME-Version: 1.0
                Content-Type: multipart/mixed; boundary="inner"

                --inner
                Content-Type: text/plain; charset=utf-8

                门锁从昨天开始一直离线，截图见附件。
                --inner
                Content-Type: image/png; name="lock.png"
                Content-Disposition: attachment; filename="lock.png"
                Content-Transfer-Encoding: base64

                """ + screenshot + """

                --inner--
                --outer--
                """));

        assertThat(polling.poll(mailbox.id())).isEqualTo(1);

        TicketView ticket = queries.get(onlyTicket().number(), agent);
        assertThat(ticket.description())
                .contains("客户发到销售邮箱了", MailText.FORWARDED)
                .contains("From: 张伟 <zhang.wei@example.com>", "Subject: 门锁离线", "To: sales@acme.test")
                .contains("Date: Mon, 23 Nov 2026 09:12:00 +0800", "门锁从昨天开始一直离线，截图见附件。");
        assertThat(files.of(ticket.number(), agent))
                .extracting(AttachmentView::filename)
                .containsExactly("lock.png");
        assertThat(queries.messages(ticket.number(), agent))
                .as("no note about a refused .eml file")
                .noneMatch(m -> m.kind() == MessageKind.INTERNAL_NOTE);
    }

    @Test
    void anAbuseReportAboutOurReplyOpensNoTicketAndIsListedAgainstTheReportedTicket() throws Exception {
        SupportMailbox.deliver(
                server,
                EveryMailEndsInOneOutcomeTest.mail(
                        "zhang.wei@example.com", "<order-1@example.com>", "订单问题", "订单一直没有发货。"));
        polling.poll(mailbox.id());
        String number = onlyTicket().number();
        MessageView reply = tickets.addMessage(number, MessageKind.PUBLIC_REPLY, "您好，已为您催促发货。", agent);
        String ourMessageId = await().atMost(Duration.ofSeconds(10))
                .until(
                        () -> jdbc.sql("select message_id from reply_mail where source_message = ?")
                                .param(reply.id())
                                .query(String.class)
                                .optional(),
                        java.util.Optional::isPresent)
                .orElseThrow();

        SupportMailbox.deliver(
                server, utf8(Mails.abuseReport(SupportMailbox.ADDRESS, "zhang.wei@example.com", ourMessageId)));
        assertThat(polling.poll(mailbox.id())).isEqualTo(1);

        assertThat(queries.list(TicketQuery.builder().build(), admin).items())
                .extracting(TicketSummary::number)
                .containsExactly(number);
        assertThat(mailboxes.received(mailbox.id(), admin))
                .filteredOn(m -> m.kind() == MailKind.ABUSE_REPORT)
                .singleElement()
                .satisfies(report -> {
                    assertThat(report.outcome()).isEqualTo(InboundOutcome.IGNORED);
                    assertThat(report.reasonCode()).isEqualTo(InboundReason.ABUSE_REPORT);
                    assertThat(report.ticketNumber()).isEqualTo(number);
                });
    }

    private TicketSummary onlyTicket() {
        List<TicketSummary> all =
                queries.list(TicketQuery.builder().build(), admin).items();
        assertThat(all).hasSize(1);
        return all.getFirst();
    }

    /** The message as written here, UTF-8 and with CRLF line ends. */
    private static byte[] utf8(String message) {
        return message.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
    }
}
