package io.loopdesk.intake.mail.mime;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a charset label in a mail really means. Mail software labels text with the narrow, official name while
 * writing bytes of the vendor superset (GBK bytes under {@code gb2312}, windows-1252 quotes under
 * {@code iso-8859-1}, Microsoft additions under {@code big5}); decoding with the superset reads those bytes and
 * changes nothing for text that keeps to the narrow set.
 */
final class CharsetLabel {

    /** A pseudo-charset for UTF-7, which the JDK does not provide; {@link Utf7} decodes it. */
    static final String UTF_7 = "UTF-7";

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private static final Map<String, String> SUPERSETS = Map.ofEntries(
            // Simplified Chinese: GB18030 contains GBK, which contains GB2312 (corpus mail031: GBK under gb2312).
            Map.entry("gb2312", "GB18030"),
            Map.entry("gb_2312-80", "GB18030"),
            Map.entry("iso-gb2312", "GB18030"),
            Map.entry("csgb2312", "GB18030"),
            Map.entry("euc-cn", "GB18030"),
            Map.entry("x-euc-cn", "GB18030"),
            Map.entry("gbk", "GB18030"),
            Map.entry("x-gbk", "GB18030"),
            Map.entry("cp936", "GB18030"),
            Map.entry("ms936", "GB18030"),
            Map.entry("windows-936", "GB18030"),
            Map.entry("chinese", "GB18030"),
            Map.entry("gb18030", "GB18030"),
            // Traditional Chinese: Microsoft's code page 950 extends Big5 and is what Windows mail writes.
            Map.entry("big5", "x-windows-950"),
            Map.entry("big-5", "x-windows-950"),
            Map.entry("cn-big5", "x-windows-950"),
            Map.entry("csbig5", "x-windows-950"),
            Map.entry("x-x-big5", "x-windows-950"),
            Map.entry("cp950", "x-windows-950"),
            Map.entry("big5-hkscs", "Big5-HKSCS"),
            // Japanese and Korean.
            Map.entry("iso-2022-jp", "x-windows-iso2022jp"),
            Map.entry("csiso2022jp", "x-windows-iso2022jp"),
            Map.entry("shift_jis", "windows-31j"),
            Map.entry("shift-jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"),
            Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("euc-kr", "x-windows-949"),
            // Western: the WHATWG encoding standard reads these labels as windows-1252.
            Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"),
            Map.entry("ansi_x3.4-1968", "windows-1252"),
            Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("iso8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"),
            Map.entry("iso-8859-9", "windows-1254"),
            Map.entry("iso-8859-11", "windows-874"),
            Map.entry("tis-620", "windows-874"),
            // UTF-7 and UTF-8 spellings seen in the wild (corpus mail018: unicode-1-1-utf-7).
            Map.entry("utf-7", UTF_7),
            Map.entry("utf7", UTF_7),
            Map.entry("unicode-1-1-utf-7", UTF_7),
            Map.entry("x-unicode-2-0-utf-7", UTF_7),
            Map.entry("csunicode11utf7", UTF_7),
            Map.entry("utf8", "UTF-8"),
            Map.entry("unicode-1-1-utf-8", "UTF-8"),
            Map.entry("x-unicode-2-0-utf-8", "UTF-8"));

    /** Charsets that map every byte to one character: a valid UTF-8 text under one of these labels is UTF-8. */
    private static final Set<String> SINGLE_BYTE_PREFIXES = Set.of("windows-125", "iso-8859-", "koi8-", "windows-874");

    private CharsetLabel() {}

    /**
     * The charset to decode a labelled text with: the superset for a narrow label, the JDK charset for any other
     * known label, {@link #UTF_7} as a name only, or empty for a missing, malformed or unknown label.
     */
    static Optional<String> resolve(String label) {
        String name = label.strip().replaceAll("^[\"']+|[\"']+$", "").toLowerCase(Locale.ROOT);
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String superset = SUPERSETS.get(name);
        if (superset != null) {
            return Optional.of(superset);
        }
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name).name()) : Optional.empty();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** The JDK charset for a name {@link #resolve} gave; never called with {@link #UTF_7}. */
    static Charset charset(String name) {
        return switch (name) {
            case "UTF-8" -> StandardCharsets.UTF_8;
            case "windows-1252" -> WINDOWS_1252;
            default -> Charset.forName(name);
        };
    }

    /** Whether the named charset gives one character per byte, so any byte sequence decodes without error. */
    static boolean isSingleByte(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return SINGLE_BYTE_PREFIXES.stream().anyMatch(lower::startsWith);
    }

    /**
     * The charsets to try for raw 8-bit header bytes in a message that declares {@code hint} elsewhere. A 7-bit
     * charset cannot be what the bytes are in, but its language can: Japanese headers in raw bytes are Shift_JIS
     * or EUC-JP in a mail whose body is ISO-2022-JP (corpus mail093).
     */
    static List<String> hintReadings(String hint) {
        return hint.toLowerCase(Locale.ROOT).contains("2022jp") ? List.of("windows-31j", "EUC-JP") : List.of(hint);
    }

    static Charset windows1252() {
        return WINDOWS_1252;
    }
}
