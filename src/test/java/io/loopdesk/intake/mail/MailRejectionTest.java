package io.loopdesk.intake.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.loopdesk.intake.mail.MailRejectedException.Reason;
import io.loopdesk.intake.mail.mime.MailParser;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What cannot be read is rejected with a reason, never crashes the parser. */
class MailRejectionTest {

    private final MailParser parser = new MailParser();

    private Reason reasonFor(byte[] raw) {
        return (Reason) assertThatThrownBy(() -> parser.parse(raw))
                .asInstanceOf(type(MailRejectedException.class))
                .actual()
                .reason();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   \r\n\r\n  "})
    void emptyInputIsRejected(String input) {
        assertThat(reasonFor(input.getBytes(StandardCharsets.US_ASCII))).isEqualTo(Reason.EMPTY);
    }

    @Test
    void somethingThatIsNoMessageIsRejected() {
        assertThat(reasonFor(Mails.raw("hello, this is just some text\nwithout any header\n")))
                .isEqualTo(Reason.NOT_A_MESSAGE);
    }

    @Test
    void aMessageWithoutAnySenderIsRejected() {
        assertThat(reasonFor(Mails.raw("To: support@example.com\nSubject: who am I\n\nbody\n")))
                .isEqualTo(Reason.NO_SENDER);
    }

    @Test
    void aMessageCutOffInsideAnAttachmentIsRejectedAsTruncated() {
        byte[] cut = Mails.raw("""
                From: a@example.com
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: text/plain

                See attachment.
                --b
                Content-Type: application/pdf; name="big.pdf"
                Content-Transfer-Encoding: base64

                JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFIvRmlsdGVy
                L0ZsYXRlRGVjb2RlPj4Kc3RyZWFtCnicK+QyMjAyMDAyUDAzNLYwNDU0tDA0
                NLY0sDQyMDQ2MDQyMjI0s
                """);

        assertThat(reasonFor(cut)).isEqualTo(Reason.TRUNCATED);
    }

    @Test
    void randomBytesNeverCrashTheParser() {
        Random random = new Random(20261123);
        for (int i = 0; i < 300; i++) {
            byte[] garbage = new byte[random.nextInt(2000)];
            random.nextBytes(garbage);
            assertThatParsesOrRejects(garbage);
        }
    }

    @Test
    void damagedMessagesNeverCrashTheParser() {
        byte[] message = Mails.raw("""
                From: =?utf-8?B?5byg5Lyf?= <zhang@example.cn>
                Subject: =?gb2312?B?08q8/rLiytQ=?=
                Content-Type: multipart/mixed; boundary="b"

                --b
                Content-Type: multipart/alternative; boundary="c"

                --c
                Content-Type: text/plain; charset="gb2312"
                Content-Transfer-Encoding: quoted-printable

                =C4=FA=BA=C3
                --c
                Content-Type: text/html; charset=utf-8
                Content-Transfer-Encoding: base64

                PGI+5L2g5aW9PC9iPg==
                --c--
                --b
                Content-Type: application/octet-stream; name*0*=utf-8''a%20b; name*1=".bin"
                Content-Disposition: attachment
                Content-Transfer-Encoding: base64

                AAECAwQFBgcICQ==
                --b--
                """);
        Random random = new Random(42);
        for (int cut = 0; cut <= message.length; cut += 7) {
            byte[] damaged = java.util.Arrays.copyOf(message, cut);
            if (cut > 0) {
                damaged[random.nextInt(cut)] = (byte) random.nextInt(256);
            }
            assertThatParsesOrRejects(damaged);
        }
    }

    private void assertThatParsesOrRejects(byte[] raw) {
        try {
            assertThat(parser.parse(raw)).isNotNull();
        } catch (MailRejectedException expected) {
            assertThat(expected.reason()).isNotNull();
        }
    }
}
