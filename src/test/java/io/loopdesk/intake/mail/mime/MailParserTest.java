package io.loopdesk.intake.mail.mime;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.intake.mail.MailKind;
import io.loopdesk.intake.mail.MailRejectedException;
import io.loopdesk.intake.mail.Mails;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Reading what a message says: addresses, ids, subject, date, and the texts in their charsets. */
class MailParserTest {

    private static final Charset GBK = Charset.forName("GBK");
    private final MailParser parser = new MailParser();

    @Test
    void headersAreReadIntoTheirFields() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("""
                From: "Zhang, Wei" <zhang.wei@example.cn>
                To: support@loopdesk.example, =?UTF-8?B?5p2O5Zub?= <li.si@example.cn>
                Cc: Boss <boss@example.cn>
                Reply-To: orders@example.cn
                Subject: Re: [Ticket#261123-000042] =?UTF-8?B?6K6i5Y2V5rKh5pyJ5Y+R6LSn?=
                Date: Sun, 23 Nov 2026 10:15:00 +0800
                Message-ID: <reply-2@example.cn>
                In-Reply-To: <ticket-42@loopdesk.example> (sent by Loopdesk)
                References: <ticket-42@loopdesk.example>
                 <reply-1@example.cn>

                Thanks!
                """));

        assertThat(mail.from()).isEqualTo(new MailAddress("zhang.wei@example.cn", "Zhang, Wei"));
        assertThat(mail.to())
                .containsExactly(
                        new MailAddress("support@loopdesk.example", ""), new MailAddress("li.si@example.cn", "李四"));
        assertThat(mail.cc()).containsExactly(new MailAddress("boss@example.cn", "Boss"));
        assertThat(mail.replyTo()).containsExactly(new MailAddress("orders@example.cn", ""));
        assertThat(mail.subject()).isEqualTo("Re: [Ticket#261123-000042] 订单没有发货");
        assertThat(mail.date()).isEqualTo(Instant.parse("2026-11-23T02:15:00Z"));
        assertThat(mail.messageId()).isEqualTo("reply-2@example.cn");
        assertThat(mail.inReplyTo()).isEqualTo("ticket-42@loopdesk.example");
        assertThat(mail.references()).containsExactly("ticket-42@loopdesk.example", "reply-1@example.cn");
        assertThat(mail.textBody()).isEqualTo("Thanks!");
        assertThat(mail.htmlBody()).isNull();
        assertThat(mail.kind()).isEqualTo(MailKind.REGULAR);
    }

    @Test
    void theOriginalBytesAreKept() throws MailRejectedException {
        byte[] raw = Mails.raw("From: a@example.com\nSubject: x\n\nbody\n");

        assertThat(parser.parse(raw).raw()).isEqualTo(raw);
    }

    @Test
    void aChineseMailLabelledGb2312WithGbkBytesIsReadWhole() throws MailRejectedException {
        // 镕 is a GBK character outside GB2312, as in corpus mail031
        ParsedMail mail = parser.parse(Mails.withBody("""
                From: =?gb2312?B?1cXOsA==?= <zhang@example.cn>
                Subject: =?gb2312?B?08q8/rLiytQ=?=
                Content-Type: text/plain; charset=gb2312
                Content-Transfer-Encoding: 8bit
                """, "您好，朱镕基同志的书已经收到。\n", GBK));

        assertThat(mail.from()).isEqualTo(new MailAddress("zhang@example.cn", "张伟"));
        assertThat(mail.subject()).isEqualTo("邮件测试");
        assertThat(mail.textBody()).isEqualTo("您好，朱镕基同志的书已经收到。");
    }

    @Test
    void rawGb2312HeadersAreDecodedWithTheCharsetTheBodyDeclares() throws MailRejectedException {
        Charset gb2312 = Charset.forName("GB2312");
        ParsedMail mail = parser.parse(Mails.raw("From: \"" + Mails.bytesAsLatin1("武兰成", gb2312)
                + "\" <wu@example.com>\nSubject: " + Mails.bytesAsLatin1("转发：整体提升企业服务水平", gb2312)
                + "\nContent-Type: text/plain; charset=\"gb2312\"\n\n" + Mails.bytesAsLatin1("正文", gb2312) + "\n"));

        assertThat(mail.from().displayName()).isEqualTo("武兰成");
        assertThat(mail.subject()).isEqualTo("转发：整体提升企业服务水平");
        assertThat(mail.textBody()).isEqualTo("正文");
    }

    @Test
    void aBig5MailIsRead() throws MailRejectedException {
        Charset big5 = Charset.forName("Big5");
        ParsedMail mail = parser.parse(Mails.raw("From: chen@example.tw\nSubject: =?big5?B?"
                + Mails.base64("訂單查詢", big5) + "?=\nContent-Type: text/plain; charset=big5\n"
                + "Content-Transfer-Encoding: base64\n\n" + Mails.base64("您好，請問我的訂單何時出貨？", big5) + "\n"));

        assertThat(mail.subject()).isEqualTo("訂單查詢");
        assertThat(mail.textBody()).isEqualTo("您好，請問我的訂單何時出貨？");
    }

    @Test
    void quotedPrintableLatin1IsDecoded() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("""
                From: martin@example.com
                Subject: =?iso-8859-1?Q?aa=E4=F6=FC=DFad_asd?=
                Content-Type: text/plain; charset=iso-8859-1
                Content-Transfer-Encoding: quoted-printable

                =E4=F6=FC=DF ad asd, a long line that is wrapped by a soft line br=
                eak, and =3D signs.
                """));

        assertThat(mail.subject()).isEqualTo("aaäöüßad asd");
        assertThat(mail.textBody())
                .isEqualTo("äöüß ad asd, a long line that is wrapped by a soft line break, and = signs.");
    }

    @Test
    void iso2022JpIsDecoded() throws MailRejectedException {
        Charset jis = Charset.forName("ISO-2022-JP");
        ParsedMail mail = parser.parse(Mails.raw("From: tanaka@example.jp\nSubject: =?ISO-2022-JP?B?"
                + Mails.base64("注文について", jis) + "?=\nContent-Type: text/plain; charset=ISO-2022-JP\n\n"
                + new String("注文がまだ届きません。".getBytes(jis), StandardCharsets.ISO_8859_1) + "\n"));

        assertThat(mail.subject()).isEqualTo("注文について");
        assertThat(mail.textBody()).isEqualTo("注文がまだ届きません。");
    }

    @Test
    void brokenBase64IsDecodedAsFarAsItGoes() throws MailRejectedException {
        String base64 = Mails.base64("Hallo Katja, super!", StandardCharsets.UTF_8);
        ParsedMail mail = parser.parse(Mails.raw("From: a@example.com\nContent-Type: text/plain; charset=utf-8\n"
                + "Content-Transfer-Encoding: base64\n\n" + base64.replace("=", "") + "!\n"));

        assertThat(mail.textBody()).isEqualTo("Hallo Katja, super!");
    }

    @Test
    void anUnknownTransferEncodingGivesTheBytesAsTheyAre() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("""
                From: a@example.com
                Content-Type: text/plain; charset=utf-8
                Content-Transfer-Encoding: x-something-else

                plain text
                """));

        assertThat(mail.textBody()).isEqualTo("plain text");
    }

    @Test
    void aMissingSubjectIsEmptyAndAnUnreadableDateIsNull() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("From: a@example.com\nDate: sometime last week\n\nhi\n"));

        assertThat(mail.subject()).isEmpty();
        assertThat(mail.date()).isNull();
        assertThat(mail.messageId()).isNull();
    }

    @Test
    void theSenderFallsBackToReplyToWhenFromHasNoAddress() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("""
                Return-Path: <>
                From: "=?GB2312?B?ztI=?=" <>
                Reply-To: <vipyiming@126.com>
                Subject: x

                body
                """));

        assertThat(mail.from().address()).isEqualTo("vipyiming@126.com");
    }

    @Test
    void anMboxFromLineBeforeTheHeadersIsIgnored() throws MailRejectedException {
        ParsedMail mail = parser.parse(Mails.raw("From martin@example.com  Thu May  3 12:04:29 2012\n"
                + "From: Martin <martin@example.com>\nSubject: mbox\n\nbody\n"));

        assertThat(mail.from().address()).isEqualTo("martin@example.com");
        assertThat(mail.subject()).isEqualTo("mbox");
    }
}
