package io.loopdesk.intake.mail.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Undoes a {@code Content-Transfer-Encoding}, leniently. Done here rather than by Jakarta Mail, whose decoders
 * throw on a broken last base64 group (corpus mail004) unless global system properties say otherwise:
 *
 * <ul>
 *   <li>base64: characters outside the alphabet are skipped, a final incomplete group is decoded as far as it
 *       goes;
 *   <li>quoted-printable: an {@code =} not followed by two hex digits or a line break is kept as it is;
 *   <li>uuencode ({@code x-uuencode}, {@code uuencode}, {@code x-uue}), with or without its {@code begin} and
 *       {@code end} lines (corpus mail078 has neither);
 *   <li>anything else ({@code 7bit}, {@code 8bit}, {@code binary}, empty, unknown): the bytes as they are.
 * </ul>
 */
final class TransferEncoding {

    private static final String BASE64_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private TransferEncoding() {}

    static byte[] decode(byte[] raw, String encoding) {
        return switch (encoding.strip().toLowerCase(Locale.ROOT)) {
            case "base64" -> base64(raw);
            case "quoted-printable" -> quotedPrintable(raw);
            case "uuencode", "x-uuencode", "x-uue" -> uudecode(raw);
            default -> raw;
        };
    }

    /** The number of base64 alphabet characters, padding included; a multiple of four unless cut off. */
    static long base64Length(byte[] raw) {
        long count = 0;
        for (byte b : raw) {
            count += BASE64_ALPHABET.indexOf(b) >= 0 || b == '=' ? 1 : 0;
        }
        return count;
    }

    private static byte[] base64(byte[] raw) {
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(raw.length * 3 / 4);
        StringBuilder data = new StringBuilder();
        for (byte b : raw) {
            if (BASE64_ALPHABET.indexOf(b) >= 0) {
                data.append((char) b);
            } else if (b == '=') {
                flush(data, decoded); // padding ends a run; some encoders start a new one after it
            }
        }
        flush(data, decoded);
        return decoded.toByteArray();
    }

    private static void flush(StringBuilder data, ByteArrayOutputStream decoded) {
        if (data.length() % 4 == 1) {
            data.setLength(data.length() - 1); // six bits make no byte
        }
        decoded.writeBytes(Base64.getDecoder()
                .decode(data.append("==", 0, (4 - data.length() % 4) % 4).toString()));
        data.setLength(0);
    }

    private static byte[] quotedPrintable(byte[] raw) {
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            byte b = raw[i];
            if (b != '=') {
                decoded.write(b);
            } else if (i + 2 < raw.length && isHex(raw[i + 1]) && isHex(raw[i + 2])) {
                decoded.write(HexFormat.fromHexDigit(raw[i + 1]) << 4 | HexFormat.fromHexDigit(raw[i + 2]));
                i += 2;
            } else if (softBreak(raw, i + 1) > 0) {
                i += softBreak(raw, i + 1);
            } else {
                decoded.write(b);
            }
        }
        return decoded.toByteArray();
    }

    /** The length of the soft line break after an {@code =}: optional spaces, then CRLF or LF; 0 if none. */
    private static int softBreak(byte[] raw, int from) {
        int i = from;
        while (i < raw.length && (raw[i] == ' ' || raw[i] == '\t')) {
            i++;
        }
        if (i < raw.length && raw[i] == '\r') {
            i++;
        }
        if (i < raw.length && raw[i] == '\n') {
            return i + 1 - from;
        }
        return i == raw.length ? i - from : 0;
    }

    private static boolean isHex(byte b) {
        return b < 0x80 && HexFormat.isHexDigit(b);
    }

    /** uuencode: lines of a length character and groups of four characters; {@code begin}/{@code end} optional. */
    private static byte[] uudecode(byte[] raw) {
        ByteArrayOutputStream decoded = new ByteArrayOutputStream(raw.length * 3 / 4);
        for (String line : new String(raw, StandardCharsets.ISO_8859_1).split("\\r?\\n")) {
            if (line.startsWith("begin ") || line.isEmpty()) {
                continue;
            }
            if (line.equals("end")) {
                break;
            }
            int length = (line.charAt(0) - ' ') & 0x3f;
            for (int i = 1; length > 0 && i < line.length(); i += 4) {
                int bits = 0;
                for (int j = 0; j < 4; j++) {
                    bits = bits << 6 | (i + j < line.length() ? (line.charAt(i + j) - ' ') & 0x3f : 0);
                }
                for (int j = 2; j >= 0 && length > 0; j--, length--) {
                    decoded.write(bits >> (8 * j) & 0xff);
                }
            }
        }
        return decoded.toByteArray();
    }
}
