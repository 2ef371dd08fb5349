package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.intake.mail.reading.MailPolling;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketQuery;
import io.loopdesk.ticket.view.TicketSummary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A mail always ends in exactly one of: a ticket or a message on one, an ignored auto-reply or bounce, or a
 * rejection listed with its reason and original. No mail, however odd, stops the mailbox.
 */
@IntegrationTest
class EveryMailEndsInOneOutcomeTest {

    @RegisterExtension
    static final GreenMailExtension server = SupportMailbox.server();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Mailboxes mailboxes;

    @Autowired
    MailPolling polling;

    @Autowired
    TicketQueries tickets;

    TenantInfo tenant;
    UserView adminUser;
    Actor admin;
    Actor agent;
    MailboxView mailbox;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        adminUser = fixtures.staff(tenant, Role.TENANT_ADMIN);
        admin = Fixtures.actor(adminUser);
        agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        mailbox = mailboxes.create(SupportMailbox.imap(), admin);
    }

    @Test
    void sendersNoFormWouldAcceptStillGetTheirTicketAndTheMailBehindThemIsRead() throws Exception {
        List<String> senders = List.of("root@localhost", "c@y", "bob@extern", "jdöe@mächine.example");
        for (String sender : senders) {
            deliver(mail(sender, "<" + sender.hashCode() + "@sender.test>", "服务器告警", "磁盘空间不足，请尽快处理。"));
        }
        deliver(mail("zhang.wei@example.com", "<behind@example.com>", "门锁离线", "门锁从昨天开始一直离线。"));

        assertThat(polling.poll(mailbox.id())).isEqualTo(5);

        assertThat(ticketsOfTenant())
                .extracting(number -> tickets.get(number, agent).contact())
                .containsExactlyInAnyOrder(
                        "root@localhost", "c@y", "bob@extern", "jdöe@mächine.example", "zhang.wei@example.com");
        assertThat(SupportMailbox.unseen()).isZero();
        assertThat(mailboxes.of(admin).getFirst().status()).isEqualTo(MailboxStatus.OK);
    }

    @Test
    void aMailThatCannotBeHandledIsListedAsRejectedWithItsReasonAndOriginalAndTheRestIsRead() throws Exception {
        // longer than any address can be: the ticket module refuses it, so handling this mail fails
        String overlong = "a".repeat(300) + "@example.com";
        byte[] poison = mail(overlong, "<poison@example.com>", "第一封", "这封信排在最前面。");
        deliver(poison);
        deliver(mail("li.na@example.com", "<second@example.com>", "第二封", "这封信排在后面，也必须被读取。"));

        assertThat(polling.poll(mailbox.id())).isEqualTo(2);

        assertThat(ticketsOfTenant()).hasSize(1);
        assertThat(SupportMailbox.unseen()).as("both acknowledged").isZero();
        assertThat(mailboxes.of(admin).getFirst().status()).isEqualTo(MailboxStatus.OK);
        InboundMailView rejected = mailboxes.received(mailbox.id(), admin).stream()
                .filter(m -> m.outcome() == InboundOutcome.REJECTED)
                .findFirst()
                .orElseThrow();
        assertThat(rejected.reasonCode()).isEqualTo(InboundReason.FAILED);
        assertThat(rejected.reason())
                .as("an address longer than any mailbox can have")
                .containsIgnoringCase("e-mail address");
        assertThat(mailboxes.raw(rejected.id(), admin))
                .as("the original, byte for byte")
                .isEqualTo(poison);
        assertThat(receivedRow("en", "第一封").text()).contains("rejected, original kept", "could not be handled");
        assertThat(receivedRow("zh-CN", "第一封").text()).contains("已拒收，原件已保留", "处理失败");
        assertThat(receivedRow("en", "第一封").select("a[href$=.eml]")).isNotEmpty();
    }

    @Test
    void aMailReadAgainIsListedAsADuplicateOfTheFirstAndMakesNoSecondTicket() throws Exception {
        byte[] once = mail("zhang.wei@example.com", "<twice@example.com>", "重复来信", "同一封信被读了两次。");
        deliver(once);
        polling.poll(mailbox.id());
        String ticket = ticketsOfTenant().getFirst();

        deliver(once);
        assertThat(polling.poll(mailbox.id())).isEqualTo(1);

        assertThat(ticketsOfTenant()).containsExactly(ticket);
        assertThat(mailboxes.received(mailbox.id(), admin))
                .extracting(InboundMailView::outcome, InboundMailView::ticketNumber)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(InboundOutcome.OPENED, ticket),
                        org.assertj.core.groups.Tuple.tuple(InboundOutcome.DUPLICATE, ticket));
        Element row = receivedRows("en").stream()
                .filter(r -> r.text().contains("read before"))
                .findFirst()
                .orElseThrow();
        assertThat(row.text()).contains(ticket, "the same mail was read before", "twice@example.com");
        assertThat(receivedRows("zh-CN").text()).contains("此前已读取，不再处理", "同一封邮件此前已读取过");
    }

    @Test
    void aMailWithoutMessageIdIsRecognisedAfterTheMailboxMovedFromImapToPop3AndTheServerAddedALineBreak()
            throws Exception {
        byte[] original = ("From: zhang.wei@example.com\r\nTo: " + SupportMailbox.ADDRESS + "\r\n"
                        + "Subject: no id\r\nDate: Mon, 23 Nov 2026 10:00:00 +0800\r\n\r\n"
                        + "This mail has no Message-ID.\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        deliver(original);
        assertThat(polling.poll(mailbox.id())).isEqualTo(1);
        String ticket = ticketsOfTenant().getFirst();

        // the same mail as another server hands it out: a trace header more, a final line break more
        deliver(("Received: from mx.example.com by pop.acme.test\r\n" + new String(original, StandardCharsets.US_ASCII)
                        + "\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        mailboxes.change(
                mailbox.id(), SupportMailbox.settings(MailProtocol.POP3, SupportMailbox.POP3, null, 3025), admin);
        // POP3 knows nothing of IMAP's read flags: it hands out the first copy again too
        assertThat(polling.poll(mailbox.id())).isEqualTo(2);

        assertThat(ticketsOfTenant()).containsExactly(ticket);
        assertThat(mailboxes.received(mailbox.id(), admin))
                .extracting(InboundMailView::outcome)
                .containsExactlyInAnyOrder(InboundOutcome.OPENED, InboundOutcome.DUPLICATE, InboundOutcome.DUPLICATE);
    }

    @Test
    void charactersNoDatabaseStoresAreTakenOutOfAMailAndTheTicketSaysSo() throws Exception {
        byte[] broken = ("From: =?utf-8?Q?=E5=BC=A0=00=E4=BC=9F?= <zhang.wei@example.com>\r\n"
                        + "To: " + SupportMailbox.ADDRESS + "\r\n"
                        + "Subject: =?utf-8?Q?=E9=97=A8=E9=94=81=00=E7=A6=BB=E7=BA=BF?=\r\n"
                        + "Message-ID: <nul@example.com>\r\n"
                        + "MIME-Version: 1.0\r\n"
                        + "Content-Type: text/plain; charset=utf-8\r\n"
                        + "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                        + "=E9=97=A8=E9=94=81=00=E4=BB=8E=E6=98=A8=E5=A4=A9=E5=BC=80=E5=A7=8B=E7=A6=BB=E7=BA=BF=E3=80=82\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        deliver(broken);

        assertThat(polling.poll(mailbox.id())).isEqualTo(1);

        String number = ticketsOfTenant().getFirst();
        var ticket = tickets.get(number, agent);
        assertThat(ticket.title()).isEqualTo("门锁离线");
        assertThat(ticket.description()).isEqualTo("门锁从昨天开始离线。");
        assertThat(ticket.customerName()).isEqualTo("张伟");
        assertThat(tickets.messages(number, agent))
                .anySatisfy(m -> assertThat(m.body()).contains("characters that cannot be stored"));
    }

    private List<String> ticketsOfTenant() {
        return tickets.list(TicketQuery.builder().build(), admin).items().stream()
                .map(TicketSummary::number)
                .toList();
    }

    private Element receivedRow(String language, String subject) {
        return receivedRows(language).stream()
                .filter(row -> row.text().contains(subject))
                .findFirst()
                .orElseThrow();
    }

    private org.jsoup.select.Elements receivedRows(String language) {
        WebSession session = WebSession.signedIn(fixtures.baseUrl(), adminUser.username(), Fixtures.PASSWORD, language);
        WebSession.Page page = session.get("/admin/mailboxes?show=" + mailbox.id());
        assertThat(page.status()).isEqualTo(200);
        return page.html().select("#received tbody tr");
    }

    private void deliver(byte[] raw) throws Exception {
        SupportMailbox.deliver(server, raw);
    }

    /** A plain UTF-8 mail; the From header carries the address as it is, non-ASCII too (RFC 6532). */
    static byte[] mail(String from, String messageId, String subject, String text) {
        return ("From: " + from + "\r\n"
                        + "To: " + SupportMailbox.ADDRESS + "\r\n"
                        + "Subject: " + subject + "\r\n"
                        + "Message-ID: " + messageId + "\r\n"
                        + "Date: Mon, 23 Nov 2026 10:00:00 +0800\r\n"
                        + "MIME-Version: 1.0\r\n"
                        + "Content-Type: text/plain; charset=utf-8\r\n"
                        + "Content-Transfer-Encoding: 8bit\r\n\r\n"
                        + text + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
