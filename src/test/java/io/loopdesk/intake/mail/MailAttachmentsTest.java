package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.intake.mail.mime.MailAttachment;
import io.loopdesk.intake.mail.mime.MailParser;
import io.loopdesk.intake.mail.mime.MailText;
import io.loopdesk.intake.mail.mime.ParsedMail;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which parts of a message are files, and what each file keeps. */
class MailAttachmentsTest {

    private final MailParser parser = new MailParser();

    @Test
    void attachmentsKeepTheirNameTypeBytesAndContentId() throws MailRejectedException {
        String pdf = Mails.base64("%PDF-1.4 fake", StandardCharsets.ISO_8859_1);
        ParsedMail mail = parser.parse(Mails.raw("""
                From: a@example.com
                Content-Type: multipart/mixed; boundary="outer"

                --outer
                Content-Type: multipart/related; boundary="inner"

                --inner
                Content-Type: text/html; charset=utf-8

                <p>See <img src="cid:logo@x"></p>
                --inner
                Content-Type: image/png
                Content-ID: <logo@x>
                Content-Transfer-Encoding: base64

                iVBORw0KGgo=
                --inner--
                --outer
                Content-Type: application/pdf; name="=?utf-8?Q?Rechnung_M=C3=A4rz.pdf?="
                Content-Disposition: attachment; filename*=utf-8''Rechnung%20M%C3%A4rz.pdf
                Content-Transfer-Encoding: base64

                """ + pdf + "\n--outer--\n"));

        assertThat(mail.htmlBody()).contains("<img src=\"cid:logo@x\">");
        assertThat(mail.attachments())
                .containsExactly(
                        new MailAttachment(
                                "attachment.png",
                                "image/png",
                                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
                                "logo@x",
                                true),
                        new MailAttachment(
                                "Rechnung März.pdf",
                                "application/pdf",
                                "%PDF-1.4 fake".getBytes(StandardCharsets.ISO_8859_1),
                                null,
                                false));
    }

    @Test
    void anAttachedMessageIsAnAttachmentNamedAfterItsSubject() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("""
                From: a@example.com
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain

                Forwarding this.
                --b
                Content-Type: message/rfc822

                From: b@example.com
                Subject: =?utf-8?Q?Bestellung_42/43?=

                Original text.
                --b--
                """));

        assertThat(mail.textBody()).isEqualTo("Forwarding this.");
        assertThat(mail.attachments()).singleElement().satisfies(attachment -> {
            assertThat(attachment.filename()).isEqualTo("Bestellung 42_43.eml");
            assertThat(attachment.contentType()).isEqualTo("message/rfc822");
            assertThat(new String(attachment.content(), StandardCharsets.US_ASCII))
                    .contains("Original text.");
        });
    }

    @Test
    void aForwardedMailIsReadAsAMailWithItsHeadersTextAndFiles() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw(Mails.bytesAsLatin1("""
                From: li.na@example.com
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain; charset=utf-8

                请看下面客户的来信。
                --b
                Content-Type: message/rfc822

                From: =?utf-8?B?5byg5Lyf?= <zhang.wei@example.com>
                To: sales@acme.test
                Date: Mon, 23 Nov 2026 09:12:00 +0800
                Subject: =?utf-8?B?6Zeo6ZSB56a757q/?=
                Content-Type: multipart/mixed; boundary="c"

                --c
                Content-Type: text/plain; charset=utf-8

                门锁从昨天开始一直离线。
                --c
                Content-Type: application/pdf; name="invoice.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQK
                --c--
                --b--
                """, StandardCharsets.UTF_8)));

        assertThat(mail.textBody()).as("the mail's own text stays its own").isEqualTo("请看下面客户的来信。");
        assertThat(mail.forwarded()).singleElement().satisfies(forward -> {
            assertThat(forward.from()).isEqualTo("张伟 <zhang.wei@example.com>");
            assertThat(forward.to()).isEqualTo("sales@acme.test");
            assertThat(forward.date()).isEqualTo("Mon, 23 Nov 2026 09:12:00 +0800");
            assertThat(forward.subject()).isEqualTo("门锁离线");
            assertThat(forward.text()).isEqualTo("门锁从昨天开始一直离线。");
            assertThat(forward.attachments())
                    .extracting(MailAttachment::filename)
                    .containsExactly("invoice.pdf");
            assertThat(forward.original().contentType()).isEqualTo("message/rfc822");
        });
        assertThat(MailText.of(mail))
                .startsWith("请看下面客户的来信。\n\n" + MailText.FORWARDED + "\nFrom: 张伟 <zhang.wei@example.com>\n")
                .contains("Subject: 门锁离线", "To: sales@acme.test")
                .endsWith("\n\n门锁从昨天开始一直离线。");
    }

    @Test
    void aSignedMailShowsItsTextAndKeepsTheSignature() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("""
                From: a@example.com
                Content-Type: multipart/signed; protocol="application/pgp-signature"; boundary="s"

                --s
                Content-Type: text/plain; charset=utf-8

                Signed text.
                --s
                Content-Type: application/pgp-signature; name="signature.asc"

                -----BEGIN PGP SIGNATURE-----
                --s--
                """));

        assertThat(mail.textBody()).isEqualTo("Signed text.");
        assertThat(mail.attachments()).extracting(MailAttachment::filename).containsExactly("signature.asc");
    }

    @Test
    void uuencodedAttachmentsAreDecoded() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("""
                From: a@example.com
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain

                Attached.
                --b
                Content-Type: application/msword; name="note.txt"
                Content-Transfer-Encoding: x-uuencode

                begin 644 note.txt
                ,2&5L;&\\@6F%M;6%D
                `
                end
                --b--
                """));

        assertThat(mail.attachments())
                .singleElement()
                .extracting(MailAttachment::content)
                .isEqualTo("Hello Zammad".getBytes(StandardCharsets.US_ASCII));
    }
}
