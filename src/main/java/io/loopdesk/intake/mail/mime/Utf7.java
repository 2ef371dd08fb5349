package io.loopdesk.intake.mail.mime;

/**
 * Decodes UTF-7 (RFC 2152), which old Exchange servers still write in delivery reports (corpus mail018) and the
 * JDK does not provide. Lenient: a byte outside the alphabet is taken as the character with that code.
 */
final class Utf7 {

    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    private Utf7() {}

    static String decode(byte[] bytes) {
        StringBuilder text = new StringBuilder(bytes.length);
        int i = 0;
        while (i < bytes.length) {
            char c = (char) (bytes[i] & 0xff);
            if (c != '+') {
                text.append(c);
                i++;
            } else if (i + 1 < bytes.length && bytes[i + 1] == '-') {
                text.append('+');
                i += 2;
            } else {
                i = shifted(bytes, i + 1, text);
            }
        }
        return text.toString();
    }

    /** Reads modified base64 from {@code start}; returns where plain text resumes (after an absorbed '-'). */
    private static int shifted(byte[] bytes, int start, StringBuilder text) {
        int bits = 0;
        int bitCount = 0;
        int i = start;
        while (i < bytes.length) {
            int value = BASE64.indexOf(bytes[i] & 0xff);
            if (value < 0) {
                break;
            }
            bits = (bits << 6) | value;
            bitCount += 6;
            if (bitCount >= 16) {
                bitCount -= 16;
                text.append((char) ((bits >> bitCount) & 0xffff));
            }
            i++;
        }
        return i < bytes.length && bytes[i] == '-' ? i + 1 : i;
    }
}
