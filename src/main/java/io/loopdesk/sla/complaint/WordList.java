package io.loopdesk.sla.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The maintained list of abusive words, heated words and phone-call requests, in Chinese and English
 * ({@code sla/complaint-words.txt}). A phrase with Chinese characters matches anywhere; a Latin phrase matches only
 * whole words. Case and full-/half-width forms are ignored.
 */
final class WordList {

    /** The sections of the file. */
    enum Section {
        ABUSIVE("abusive"),
        HEATED("heated"),
        PHONE_CALL("phone-call");

        private final String header;

        Section(String header) {
            this.header = header;
        }
    }

    /** A phrase as the list writes it, and normalized; {@code wholeWords} for Latin phrases. */
    private record Phrase(String text, String normal, boolean wholeWords) {

        // indexOf rather than a regex per phrase: the list is checked against every new ticket and message
        boolean foundIn(String haystack) {
            for (int at = haystack.indexOf(normal); at >= 0; at = haystack.indexOf(normal, at + 1)) {
                if (!wholeWords || (!wordCharBefore(haystack, at) && !wordCharAt(haystack, at + normal.length()))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean wordCharBefore(String text, int index) {
            return index > 0 && isWordChar(text.codePointBefore(index));
        }

        private static boolean wordCharAt(String text, int index) {
            return index < text.length() && isWordChar(text.codePointAt(index));
        }

        /** Letters and numbers, as the regex classes {@code \\p{L}} and {@code \\p{N}} have them. */
        private static boolean isWordChar(int codePoint) {
            int type = Character.getType(codePoint);
            return Character.isLetter(codePoint)
                    || type == Character.DECIMAL_DIGIT_NUMBER
                    || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        }
    }

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final Map<Section, List<Phrase>> phrases = new EnumMap<>(Section.class);

    private WordList() {
        for (Section section : Section.values()) {
            phrases.put(section, new ArrayList<>());
        }
    }

    /** Reads the list; a line before any section header or in an unknown section is an error. */
    static WordList read(InputStream in) {
        try (in) {
            WordList list = new WordList();
            Section current = null;
            int number = 0;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[") && text.endsWith("]")) {
                    current = section(text.substring(1, text.length() - 1), number);
                } else if (current == null) {
                    throw new IllegalStateException("Word list line " + number + " is outside a [section]");
                } else {
                    list.phrases.get(current).add(phrase(text));
                }
            }
            return list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first phrase of the section found in {@code text}, as the list writes it. */
    Optional<String> find(Section section, String text) {
        String normal = normalize(text);
        return phrases.get(section).stream()
                .filter(p -> p.foundIn(normal))
                .map(Phrase::text)
                .findFirst();
    }

    private static Section section(String header, int number) {
        for (Section section : Section.values()) {
            if (section.header.equals(header)) {
                return section;
            }
        }
        throw new IllegalStateException("Word list line " + number + ": unknown section [" + header + "]");
    }

    private static Phrase phrase(String text) {
        String normal = normalize(text);
        return new Phrase(text, normal, !CJK.matcher(normal).find());
    }

    private static String normalize(String text) {
        return SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT))
                .replaceAll(" ");
    }
}
