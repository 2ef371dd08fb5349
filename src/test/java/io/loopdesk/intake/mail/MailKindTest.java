package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.intake.mail.mime.MailAttachment;
import io.loopdesk.intake.mail.mime.MailParser;
import io.loopdesk.intake.mail.mime.ParsedMail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Telling people from programs: auto-replies, bounces and bulk mail. */
class MailKindTest {

    private final MailParser parser = new MailParser();

    private MailKind kindOf(String headers) throws MailRejectedException {
        return parser.parse(Mails.raw(headers.stripTrailing() + "\nSubject: x\n\nbody\n"))
                .kind();
    }

    @Test
    void aPersonWritingIsRegular() throws MailRejectedException {
        assertThat(kindOf("From: zhang@example.cn\nAuto-Submitted: no")).isEqualTo(MailKind.REGULAR);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Auto-Submitted: auto-replied",
                "Auto-Submitted: auto-generated; owner-email=\"x@example.com\"",
                "X-Autoreply: yes",
                "X-Autorespond: Out of office",
                "Precedence: auto_reply"
            })
    void autoReplyHeadersMakeAnAutoReply(String header) throws MailRejectedException {
        assertThat(kindOf("From: zhang@example.cn\n" + header)).isEqualTo(MailKind.AUTO_REPLY);
    }

    @Test
    void aVacationReplyWithANullReturnPathIsAnAutoReplyNotABounce() throws MailRejectedException {
        assertThat(kindOf("Return-Path: <>\nFrom: zhang@example.cn\nAuto-Submitted: auto-replied"))
                .isEqualTo(MailKind.AUTO_REPLY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "List-Id: <customers.lists.example.com>",
                "List-Unsubscribe: <mailto:leave@lists.example.com>",
                "Precedence: bulk",
                "Precedence: list",
                "Precedence: junk"
            })
    void listAndBulkHeadersMakeBulkMail(String header) throws MailRejectedException {
        assertThat(kindOf("From: news@example.com\n" + header)).isEqualTo(MailKind.BULK);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "From: MAILER-DAEMON@mx.example.com (Mail Delivery System)",
                "From: Postmaster <postmaster@example.com>",
                "Return-Path: <>\nFrom: someone@example.com"
            })
    void daemonSendersAndNullReturnPathsMakeABounce(String headers) throws MailRejectedException {
        assertThat(kindOf(headers)).isEqualTo(MailKind.BOUNCE);
    }

    @Test
    void aDeliveryReportIsABounceThatNamesTheOriginalMessage() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("""
                From: Mail Delivery System <mailer@mx.example.com>
                Subject: Undelivered Mail Returned to Sender
                Auto-Submitted: auto-replied
                Content-Type: multipart/report; report-type=delivery-status; boundary="r"

                --r
                Content-Type: text/plain

                I'm sorry to have to inform you that your message could not be delivered.
                --r
                Content-Type: message/delivery-status

                Reporting-MTA: dns; mx.example.com
                Final-Recipient: rfc822; nobody@example.com
                Action: failed
                Status: 5.1.1
                --r
                Content-Type: message/rfc822

                From: support@loopdesk.example
                Subject: [Ticket#261123-000042] Your order
                Message-ID: <ticket-42-reply-1@loopdesk.example>

                Hello.
                --r--
                """));

        assertThat(mail.kind()).isEqualTo(MailKind.BOUNCE);
        assertThat(mail.bouncedMessageId()).isEqualTo("ticket-42-reply-1@loopdesk.example");
        assertThat(mail.textBody()).startsWith("I'm sorry");
        assertThat(mail.attachments())
                .extracting(MailAttachment::filename)
                .containsExactly("delivery-status.txt", "[Ticket#261123-000042] Your order.eml");
    }

    @Test
    void aBounceWithOnlyTheOriginalHeadersNamesTheOriginalMessage() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("""
                From: MAILER-DAEMON
                Content-Type: multipart/report; report-type=delivery-status; boundary="r"

                --r
                Content-Type: text/plain

                Delivery failed.
                --r
                Content-Type: text/rfc822-headers

                From: support@loopdesk.example
                Message-ID: <ticket-7@loopdesk.example>
                --r--
                """));

        assertThat(mail.kind()).isEqualTo(MailKind.BOUNCE);
        assertThat(mail.bouncedMessageId()).isEqualTo("ticket-7@loopdesk.example");
    }

    @Test
    void onlyABounceNamesABouncedMessage() throws MailRejectedException {
        ParsedMail forward = parser.parse(Mails.raw("""
                From: zhang@example.cn
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: message/rfc822

                From: other@example.cn
                Message-ID: <older@example.cn>

                Hello.
                --b--
                """));

        assertThat(forward.kind()).isEqualTo(MailKind.REGULAR);
        assertThat(forward.bouncedMessageId()).isNull();
    }

    @Test
    void anAbuseReportIsAReportAboutTheMailItQuotesNotAForwardNorAPersonsMail() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw(Mails.abuseReport(
                "support@loopdesk.example", "zhang@example.cn", "261123-000042.7.ab12cd34@loopdesk.example")));

        assertThat(mail.kind()).isEqualTo(MailKind.ABUSE_REPORT);
        assertThat(mail.bouncedMessageId()).isEqualTo("261123-000042.7.ab12cd34@loopdesk.example");
        assertThat(mail.forwarded())
                .as("the reported mail is evidence, not a forward")
                .isEmpty();
    }
}
