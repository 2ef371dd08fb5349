package io.loopdesk.intake.mail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Small hand-written messages for the tests: headers and body as text, with line ends made CRLF. */
public final class Mails {

    private Mails() {}

    /** A message written out as ISO-8859-1, so a test can put raw bytes 0x80–0xFF in it as characters. */
    public static byte[] raw(String message) {
        return crlf(message).getBytes(StandardCharsets.ISO_8859_1);
    }

    /** A message whose headers are ASCII and whose body is encoded in {@code charset}, sent as 8bit. */
    public static byte[] withBody(String headers, String body, Charset charset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(crlf(headers.stripTrailing() + "\n\n").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(crlf(body).getBytes(charset));
        return out.toByteArray();
    }

    /** The base64 of {@code text} in {@code charset}, for building parts and encoded words by hand. */
    public static String base64(String text, Charset charset) {
        return Base64.getEncoder().encodeToString(text.getBytes(charset));
    }

    /** A message as ISO-8859-1 characters, one per byte, from text in {@code charset}: for raw 8-bit headers. */
    public static String bytesAsLatin1(String text, Charset charset) {
        return new String(text.getBytes(charset), StandardCharsets.ISO_8859_1);
    }

    private static String crlf(String text) {
        return text.replace("\r\n", "\n").replace("\n", "\r\n");
    }

    /**
     * An abuse report (ARF, RFC 5965) from a mail provider about the mail {@code reportedMessageId} that {@code from}
     * sent to {@code to}; LF line ends.
     */
    static String abuseReport(String from, String to, String reportedMessageId) {
        return """
                From: abuse@mailprovider.example
                To: %1$s
                Subject: Abuse report
                Message-ID: <arf-1@mailprovider.example>
                MIME-Version: 1.0
                Content-Type: multipart/report; report-type=feedback-report; boundary="arf"

                --arf
                Content-Type: text/plain

                This is an email abuse report for an email message received from IP 192.0.2.1.
                --arf
                Content-Type: message/feedback-report

                Feedback-Type: abuse
                User-Agent: SomeGenerator/1.0
                Version: 1
                --arf
                Content-Type: message/rfc822

                From: %1$s
                To: %2$s
                Subject: Re: Your order
                Message-ID: <%3$s>

                Hello.
                --arf--
                """.formatted(from, to, reportedMessageId);
    }
}
