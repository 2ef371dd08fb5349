package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.intake.mail.mime.MailAttachment;
import io.loopdesk.intake.mail.mime.MailParser;
import io.loopdesk.intake.mail.mime.ParsedMail;
import org.junit.jupiter.api.Test;

/** Which parts of a MIME message become the text to read and the HTML. */
class MailStructureTest {

    private final MailParser parser = new MailParser();

    @Test
    void alternativePrefersThePlainTextAndKeepsTheHtmlSanitised() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("""
                From: a@example.com
                Content-Type: multipart/alternative; boundary="b"

                --b
                Content-Type: text/plain; charset=utf-8

                Hello *there*
                --b
                Content-Type: text/html; charset=utf-8

                <p onclick="steal()">Hello <b>there</b></p><script>alert(1)</script>
                --b--
                """));

        assertThat(mail.textBody()).isEqualTo("Hello *there*");
        assertThat(mail.htmlBody()).isEqualTo("<p>Hello <b>there</b></p>");
    }

    @Test
    void anEmptyPlainAlternativeGivesWayToTheHtml() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("""
                From: a@example.com
                Content-Type: multipart/alternative; boundary="b"

                --b
                Content-Type: text/plain; charset=utf-8


                --b
                Content-Type: text/html; charset=utf-8

                <b>some html text</b>
                --b--
                """));

        assertThat(mail.textBody()).isEqualTo("some html text");
    }

    @Test
    void htmlOnlyMailIsReadAsTextWithLineBreaksAndLinks() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("""
                From: a@example.com
                Content-Type: text/html; charset=utf-8

                <html><head><style>p { color: red }</style><title>x</title></head><body>
                <p>Dear   support,</p><div>my order<br>has not arrived.</div>
                <ul><li>Order 42</li><li>Paid &amp; confirmed</li></ul>
                <p>See <a href="https://shop.example.com/orders/42">my order</a> or
                <a href="https://shop.example.com">https://shop.example.com</a>.</p>
                <table><tr><td>Name</td><td>Zhang</td></tr></table>
                </body></html>
                """));

        assertThat(mail.textBody()).isEqualTo("""
                        Dear support,

                        my order
                        has not arrived.
                        Order 42
                        Paid & confirmed
                        See my order (https://shop.example.com/orders/42) or https://shop.example.com.

                        Name Zhang""");
        assertThat(mail.htmlBody()).doesNotContain("<style>", "color: red").contains("rel=\"nofollow");
    }

    @Test
    void htmlWithoutACharsetParameterUsesItsMetaTag() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.withBody(
                "From: a@example.com\nContent-Type: text/html",
                "<html><head><meta charset=\"gbk\"></head><body>客服</body></html>",
                java.nio.charset.Charset.forName("GBK")));

        assertThat(mail.textBody()).isEqualTo("客服");
    }

    @Test
    void inlineTextPartsAreJoinedAndASecondHtmlDocumentIsAnAttachment() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("""
                From: a@example.com
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain

                First part.
                --b
                Content-Type: image/gif; name="dot.gif"
                Content-Disposition: inline; filename="dot.gif"
                Content-Transfer-Encoding: base64

                R0lGODlhAQABAAAAACw=
                --b
                Content-Type: text/plain

                Second part.
                --b--
                """));

        assertThat(mail.textBody()).isEqualTo("First part.\n\nSecond part.");
        assertThat(mail.attachments())
                .extracting(MailAttachment::filename, MailAttachment::inline)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("dot.gif", true));
    }

    @Test
    void aMultipartWithoutItsBoundaryIsReadAsText() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("""
                From: a@example.com
                Content-Type: multipart/mixed; boundary="never-used"
                Content-Transfer-Encoding: quoted-printable

                =E4=F6=FC=DF ad asd
                """));

        assertThat(mail.textBody()).isEqualTo("äöüß ad asd");
    }

    @Test
    void aMissingClosingBoundaryIsAccepted() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("""
                From: a@example.com
                Content-Type: multipart/alternative; boundary="b"

                --b
                Content-Type: text/plain

                Incident content
                """));

        assertThat(mail.textBody()).isEqualTo("Incident content");
    }

    @Test
    void flowedTextIsReadAsTheParagraphsTheWriterTyped() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("""
                From: a@example.com
                Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes

                The router restarts every night at three and the log says nothing =
                about it.
                 >not a quote, stuffed
                >> quoted line that goes =
                >> on

                --\s
                Zhang
                """.replace("=\n", " \n")));

        assertThat(mail.textBody()).isEqualTo("""
                        The router restarts every night at three and the log says nothing about it.
                        >not a quote, stuffed
                        >> quoted line that goes on

                        --
                        Zhang""");
    }
}
