package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A mail without a Message-ID is the same mail whichever server hands it out, and another mail is another. */
class MailFingerprintTest {

    private static final String MAIL = """
            From: =?UTF-8?B?5byg5Lyf?= <zhang.wei@example.com>
            To: support@acme.test
            Subject: =?UTF-8?B?6Zeo6ZSB56a757q/?=
            Date: Mon, 23 Nov 2026 10:00:00 +0800
            Content-Type: text/plain; charset=utf-8

            门锁从昨天开始一直离线。
            重启路由器也没有用。""";

    @Test
    void lineEndsAFinalLineBreakAndTrailingSpacesChangeNothing() {
        String crlf = MAIL.replace("\n", "\r\n");

        assertThat(fingerprint(crlf))
                .isEqualTo(fingerprint(MAIL))
                .isEqualTo(fingerprint(MAIL + "\n"))
                .isEqualTo(fingerprint(crlf + "\r\n\r\n"))
                .isEqualTo(fingerprint(MAIL.replace("一直离线。", "一直离线。  ")));
    }

    @Test
    void traceHeadersAServerAddsChangeNothing() {
        String delivered = "Return-Path: <zhang.wei@example.com>\n"
                + "Received: from mx.example.com by imap.acme.test; Mon, 23 Nov 2026 10:00:02 +0800\n"
                + "Delivered-To: support@acme.test\n"
                + MAIL.replace("Content-Type", "X-UID: 42\nStatus: RO\nContent-Type");

        assertThat(fingerprint(delivered)).isEqualTo(fingerprint(MAIL));
    }

    @Test
    void aFoldedHeaderIsTheSameHeader() {
        String folded = MAIL.replace("To: support@acme.test", "To:\n support@acme.test");

        assertThat(fingerprint(folded)).isEqualTo(fingerprint(MAIL));
    }

    @Test
    void anotherTextSenderSubjectOrDateIsAnotherMail() {
        assertThat(fingerprint(MAIL.replace("也没有用", "有用了"))).isNotEqualTo(fingerprint(MAIL));
        assertThat(fingerprint(MAIL.replace("zhang.wei@", "li.na@"))).isNotEqualTo(fingerprint(MAIL));
        assertThat(fingerprint(MAIL.replace("6Zeo6ZSB56a757q/", "5YaN5qyh"))).isNotEqualTo(fingerprint(MAIL));
        assertThat(fingerprint(MAIL.replace("10:00:00", "10:05:00"))).isNotEqualTo(fingerprint(MAIL));
    }

    @Test
    void bytesThatAreNoMailAreFingerprintedWhole() {
        assertThat(fingerprint("hello, just some text\nwithout any header"))
                .isNotEqualTo(fingerprint("other text\nalso without a header"));
    }

    private static String fingerprint(String mail) {
        return MailFingerprint.of(mail.getBytes(StandardCharsets.UTF_8));
    }
}
