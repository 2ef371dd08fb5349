package io.loopdesk.intake.mail.mime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Readings of 8-bit bytes that no label vouches for, each taken only when the bytes clearly support it. */
final class ByteEvidence {

    private ByteEvidence() {}

    /**
     * The bytes as GB18030 when they are plainly Chinese: most two-byte characters lie in the GB2312 area (both
     * bytes 0xA1–0xFE), and every character read is a CJK ideograph, CJK punctuation, kana or a full-width form.
     * Latin-1 text fails: its accented letters stand between ASCII letters, and two adjacent ones mostly read as a
     * character in a private-use area ({@code üß}).
     */
    static Optional<String> chinese(byte[] bytes) {
        int pairs = 0;
        int gb2312Pairs = 0;
        for (int i = 0; i < bytes.length - 1; i++) {
            int lead = bytes[i] & 0xff;
            if (lead >= 0x81) {
                int trail = bytes[i + 1] & 0xff;
                pairs++;
                gb2312Pairs += lead >= 0xa1 && trail >= 0xa1 ? 1 : 0;
                i++;
            }
        }
        if (pairs == 0 || gb2312Pairs * 5 < pairs * 4) {
            return Optional.empty();
        }
        return TextDecoder.strict(bytes, CharsetLabel.charset("GB18030"))
                .filter(text -> text.codePoints().allMatch(c -> c < 0x80 || isCjk(c)));
    }

    /**
     * The bytes as UTF-8 with stray bytes read as windows-1252, when they hold at least as many valid multi-byte
     * UTF-8 characters as stray bytes: text pasted together from a UTF-8 and a Latin-1 source.
     */
    static Optional<String> mostlyUtf8(byte[] bytes) {
        Reading reading = read(bytes);
        return reading.utf8Characters() >= reading.strayBytes() && reading.utf8Characters() > 0
                ? Optional.of(reading.text())
                : Optional.empty();
    }

    /** Declared UTF-8 that is not valid throughout: each stray byte read as windows-1252 rather than lost. */
    static String utf8WithLatinBytes(byte[] bytes) {
        return read(bytes).text();
    }

    private record Reading(String text, int utf8Characters, int strayBytes) {}

    private static Reading read(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 16);
        int stray = 0;
        while (true) {
            CoderResult result = utf8.decode(in, out, true);
            if (!result.isError()) {
                utf8.flush(out);
                break;
            }
            for (int i = 0; i < result.length(); i++) {
                out.put(new String(new byte[] {in.get()}, CharsetLabel.windows1252()));
                stray++;
            }
        }
        String text = out.flip().toString();
        long nonAscii = text.codePoints().filter(c -> c >= 0x80).count();
        return new Reading(text, (int) nonAscii - stray, stray);
    }

    private static boolean isCjk(int c) {
        return (c >= 0x3000 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff00 && c <= 0xffef);
    }
}
