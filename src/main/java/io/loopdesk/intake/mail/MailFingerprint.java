package io.loopdesk.intake.mail;

import io.loopdesk.shared.Sha256;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a mail without a Message-ID when it is read again, by what its author wrote rather than by the bytes
 * a server hands out: servers add a final line break, change line ends (the same mailbox read by IMAP, then by
 * POP3) and add trace headers ({@code Received}, {@code Delivered-To}, {@code Status}, {@code X-UID}). So the
 * fingerprint covers the headers that identify a mail and the body, with line ends made LF, white space at line
 * ends dropped and empty lines at the end dropped. Pure; bytes that are no mail at all are fingerprinted whole.
 */
final class MailFingerprint {

    /** The author's headers that tell one mail from another; trace headers servers add are left out. */
    private static final Set<String> IDENTIFYING =
            Set.of("from", "sender", "to", "cc", "date", "subject", "in-reply-to", "references", "content-type");

    private static final Pattern LINE_ENDS = Pattern.compile("\\r\\n?");
    private static final Pattern TRAILING_SPACE = Pattern.compile("[ \\t]+(?=\\n|$)");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private MailFingerprint() {}

    static String of(byte[] raw) {
        // one character per byte: the fingerprint must not depend on guessing a charset
        String text = TRAILING_SPACE
                .matcher(LINE_ENDS
                        .matcher(new String(raw, StandardCharsets.ISO_8859_1))
                        .replaceAll("\n"))
                .replaceAll("");
        int blank = text.indexOf("\n\n");
        String headers = blank < 0 ? text : text.substring(0, blank);
        String body = blank < 0 ? "" : text.substring(blank + 2);
        String identifying = identifying(headers);
        String content = identifying.isEmpty() ? text : identifying + "\n" + body;
        return Sha256.hex(content.stripTrailing().getBytes(StandardCharsets.ISO_8859_1));
    }

    /** The identifying header fields, unfolded, in message order, as {@code name: value} lines. */
    private static String identifying(String headers) {
        StringBuilder kept = new StringBuilder();
        for (String field : headers.split("\n(?![ \\t])")) {
            int colon = field.indexOf(':');
            String name = colon < 0 ? "" : field.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            if (IDENTIFYING.contains(name)) {
                String value = WHITE_SPACE
                        .matcher(field.substring(colon + 1))
                        .replaceAll(" ")
                        .strip();
                kept.append(name).append(": ").append(value).append('\n');
            }
        }
        return kept.toString();
    }
}
