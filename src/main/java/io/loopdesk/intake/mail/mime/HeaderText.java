package io.loopdesk.intake.mail.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Decodes the text of a header field: unfolds it, decodes RFC 2047 encoded words, and reads raw 8-bit bytes that
 * some mailers put in headers without any encoding. The input is the field as read from the message, one
 * character per byte (ISO-8859-1), so that raw bytes survive until their charset is known.
 *
 * <p>Lenient where real mail is sloppy: encoded words are found inside quoted strings and words, may contain
 * spaces (corpus mail018), and adjacent encoded words of one charset are joined before decoding, because encoders
 * split multi-byte characters across them.
 */
public final class HeaderText {

    private static final Pattern ENCODED_WORD = Pattern.compile("=\\?([^?\\s]+)\\?([bBqQ])\\?(.*?)\\?=");
    private static final Pattern FOLD = Pattern.compile("\\r?\\n(?=[ \\t])");
    private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n]+");
    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    private HeaderText() {}

    /**
     * @param hint the charset the message declares elsewhere, tried for raw 8-bit bytes that are not UTF-8
     */
    public static String decode(String raw, @Nullable String hint) {
        // Trailing white space is folding left-over, not text; white space inside encoded words is kept.
        String unfolded = FOLD.matcher(raw).replaceAll("").stripTrailing();
        StringBuilder text = new StringBuilder(unfolded.length());
        Matcher word = ENCODED_WORD.matcher(unfolded);
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        String pendingCharset = null;
        int position = 0;
        while (word.find()) {
            String between = unfolded.substring(position, word.start());
            if (pendingCharset == null || !between.isBlank()) {
                flush(text, pending, pendingCharset);
                pendingCharset = null;
                text.append(plain(between, hint));
            }
            String charset = word.group(1).replaceFirst("\\*.*", "");
            if (!charset.equalsIgnoreCase(pendingCharset)) {
                flush(text, pending, pendingCharset);
                pendingCharset = charset;
            }
            pending.writeBytes(
                    word.group(2).equalsIgnoreCase("b") ? base64(word.group(3)) : quotedPrintable(word.group(3)));
            position = word.end();
        }
        flush(text, pending, pendingCharset);
        text.append(plain(unfolded.substring(position), hint));
        return CONTROLS.matcher(LINE_BREAKS.matcher(text).replaceAll("")).replaceAll("");
    }

    private static void flush(StringBuilder text, ByteArrayOutputStream pending, @Nullable String charset) {
        if (charset != null) {
            text.append(TextDecoder.decode(pending.toByteArray(), charset));
        }
        pending.reset();
    }

    /** Text outside encoded words: ASCII as is, raw 8-bit bytes decoded by guessing their charset. */
    static String plain(String latin1, @Nullable String hint) {
        boolean eightBit = false;
        for (int i = 0; i < latin1.length(); i++) {
            char c = latin1.charAt(i);
            if (c > 0xff) {
                return latin1; // already Unicode: nothing to reinterpret
            }
            eightBit |= c > 0x7f;
        }
        return eightBit ? TextDecoder.guess(latin1.getBytes(StandardCharsets.ISO_8859_1), hint) : latin1;
    }

    private static byte[] base64(String encoded) {
        String clean = encoded.replaceAll("[^A-Za-z0-9+/]", "");
        clean = clean.substring(0, clean.length() - (clean.length() % 4 == 1 ? 1 : 0));
        return Base64.getDecoder().decode(clean + "==".substring(0, (4 - clean.length() % 4) % 4));
    }

    private static byte[] quotedPrintable(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '_') {
                bytes.write(' ');
            } else if (c == '=' && isHex(encoded, i + 1) && isHex(encoded, i + 2)) {
                bytes.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toByteArray();
    }

    private static boolean isHex(String s, int index) {
        return index < s.length() && HexFormat.isHexDigit(s.charAt(index));
    }
}
