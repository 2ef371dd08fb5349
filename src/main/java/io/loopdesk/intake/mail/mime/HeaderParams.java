package io.loopdesk.intake.mail.mime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A structured header such as {@code Content-Type} or {@code Content-Disposition}: its value in lower case and its
 * decoded parameters. Reads RFC 2231 ({@code filename*=utf-8''Erkl%C3%A4rung.txt}, continuations
 * {@code name*0*=}), RFC 2047 inside quotes (not allowed, but what many mailers write), raw 8-bit names and
 * unquoted values with spaces.
 *
 * @param value e.g. {@code text/plain} or {@code attachment}; {@code ""} when missing
 * @param params parameter values by lower-case name
 */
record HeaderParams(String value, Map<String, String> params) {

    private static final Pattern PARAM =
            Pattern.compile("\\s*([^=;\\s]+)\\s*=\\s*(\"(?:[^\"\\\\]|\\\\.)*\"?|[^;]*)\\s*;?");
    private static final Pattern SECTION = Pattern.compile("(.+?)\\*(\\d+)?(\\*)?");

    HeaderParams {
        params = Map.copyOf(params);
    }

    static HeaderParams parse(@Nullable String raw, @Nullable String hint) {
        if (raw == null) {
            return new HeaderParams("", Map.of());
        }
        String unfolded = raw.replaceAll("\\r?\\n", "");
        int semicolon = unfolded.indexOf(';');
        String value = (semicolon < 0 ? unfolded : unfolded.substring(0, semicolon))
                .strip()
                .toLowerCase(Locale.ROOT);
        Map<String, String> plain = new HashMap<>();
        Map<String, TreeMap<Integer, String[]>> sections = new HashMap<>();
        Matcher param = PARAM.matcher(semicolon < 0 ? "" : unfolded.substring(semicolon + 1));
        while (param.find()) {
            String name = param.group(1).toLowerCase(Locale.ROOT);
            String text = unquote(param.group(2).strip());
            Matcher section = SECTION.matcher(name);
            if (section.matches()) {
                int index = section.group(2) == null ? 0 : Integer.parseInt(section.group(2));
                String encoded = section.group(3) != null || section.group(2) == null ? "*" : "";
                sections.computeIfAbsent(section.group(1), key -> new TreeMap<>())
                        .put(index, new String[] {encoded, text});
            } else {
                plain.putIfAbsent(name, HeaderText.decode(text, hint));
            }
        }
        sections.forEach((name, parts) -> plain.put(name, rfc2231(parts)));
        return new HeaderParams(value, plain);
    }

    @Nullable
    String param(String name) {
        return params.get(name);
    }

    /** Joins the sections of one RFC 2231 parameter; the first encoded one names the charset. */
    private static String rfc2231(TreeMap<Integer, String[]> sections) {
        String charset = null;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (String[] section : sections.values()) {
            String text = section[1];
            if (section[0].isEmpty()) {
                bytes.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
                continue;
            }
            if (charset == null) {
                String[] parts = text.split("'", 3);
                if (parts.length == 3) {
                    charset = parts[0];
                    text = parts[2];
                }
            }
            percentDecode(text, bytes);
        }
        return charset == null || charset.isEmpty()
                ? TextDecoder.guess(bytes.toByteArray(), null)
                : TextDecoder.decode(bytes.toByteArray(), charset);
    }

    private static void percentDecode(String text, ByteArrayOutputStream bytes) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%'
                    && i + 2 < text.length()
                    && HexFormat.isHexDigit(text.charAt(i + 1))
                    && HexFormat.isHexDigit(text.charAt(i + 2))) {
                bytes.write(HexFormat.fromHexDigits(text, i + 1, i + 3));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
    }

    private static String unquote(String text) {
        if (text.length() >= 1 && text.startsWith("\"")) {
            String inner =
                    text.substring(1, text.endsWith("\"") && text.length() > 1 ? text.length() - 1 : text.length());
            return inner.replaceAll("\\\\(.)", "$1");
        }
        return text;
    }
}
