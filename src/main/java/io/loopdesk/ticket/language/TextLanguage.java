package io.loopdesk.ticket.language;

import com.ibm.icu.text.Transliterator;
import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The language a text is written in, by n-gram profiles of 23 languages (optimaize language-detector), not by the
 * characters it uses: Japanese kanji is not taken for Chinese. A text too short or too mixed to tell is left without
 * a language rather than guessed.
 *
 * <p>Chinese is settled apart: the detector takes Traditional Chinese for Korean (its Korean profile holds hanja),
 * and its two Chinese profiles are close. A text the detector calls Chinese, or Korean without a single Hangul
 * syllable, is Chinese; ICU's script conversion then tells which: a text with more characters only Traditional
 * writes so than characters only Simplified writes so is Traditional ({@code zh-TW}).
 */
@Component
public class TextLanguage {

    /**
     * The languages told apart: those a Chinese help desk's customers write in. Each more costs every registration
     * time (the detector scores every n-gram for every language: all 71 took 250 µs a text, these about a third).
     */
    static final List<String> LANGUAGES = List.of(
            "zh-CN", "zh-TW", "en", "ja", "ko", "fr", "de", "es", "pt", "it", "nl", "ru", "uk", "pl", "tr", "ar", "he",
            "hi", "th", "vi", "id", "ms", "tl");

    /** Below this share the best language is a guess: a mixed or very short text is left unknown. */
    static final double CONFIDENT = 0.6;

    /** Fewer letters than this say nothing reliable. */
    static final int SHORTEST = 4;

    /** Enough text to tell; detecting on a whole long mail costs time and tells no more. */
    static final int LONGEST = 2_000;

    private static final char CJK_FIRST = '\u4e00';
    private static final char CJK_LAST = '\u9fff';
    private static final BitSet TRADITIONAL_ONLY = changedBy("Hant-Hans");
    private static final BitSet SIMPLIFIED_ONLY = changedBy("Hans-Hant");

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingShortCleanText();

    TextLanguage() {
        try {
            this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader()
                            .readBuiltIn(
                                    LANGUAGES.stream().map(LdLocale::fromString).toList()))
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("The built-in language profiles cannot be read", e);
        }
    }

    /** The text's language as a BCP 47 tag ({@code zh-CN}, {@code zh-TW}, {@code en}), or empty if unsure. */
    public Optional<String> of(String text) {
        String sample = text.length() > LONGEST ? text.substring(0, LONGEST) : text;
        if (sample.codePoints().filter(Character::isLetter).count() < SHORTEST) {
            return Optional.empty();
        }
        List<DetectedLanguage> found = detector.getProbabilities(texts.forText(sample));
        boolean hangul = sample.codePoints().anyMatch(TextLanguage::isHangul);
        double chinese = found.stream()
                .filter(language -> isChinese(tag(language), hangul))
                .mapToDouble(DetectedLanguage::getProbability)
                .sum();
        if (chinese >= CONFIDENT) {
            return Optional.of(chinese(sample));
        }
        if (found.isEmpty() || found.getFirst().getProbability() < CONFIDENT) {
            return Optional.empty();
        }
        return Optional.of(tag(found.getFirst()));
    }

    /** Whether the detector's answer means Chinese: either Chinese, or Korean for a text without Hangul. */
    private static boolean isChinese(String tag, boolean hangul) {
        return tag.startsWith("zh") || (tag.equals("ko") && !hangul);
    }

    private static boolean isHangul(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HANGUL;
    }

    /** Simplified ({@code zh-CN}) or Traditional ({@code zh-TW}) Chinese, by which script's own characters are more. */
    static String chinese(String text) {
        int traditional = 0;
        int simplified = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (TRADITIONAL_ONLY.get(c)) {
                traditional++;
            } else if (SIMPLIFIED_ONLY.get(c)) {
                simplified++;
            }
        }
        return traditional > simplified ? "zh-TW" : "zh-CN";
    }

    /**
     * The characters of the CJK block a conversion changes: those only one script writes so. Found once with ICU's
     * script conversion of the whole block (a tenth of a second), since converting each text took 300 µs.
     */
    private static BitSet changedBy(String conversion) {
        Transliterator converter = Transliterator.getInstance(conversion);
        StringBuilder block = new StringBuilder(CJK_LAST - CJK_FIRST + 1);
        for (char c = CJK_FIRST; c <= CJK_LAST; c++) {
            block.append(c);
        }
        String converted = converter.transliterate(block.toString());
        BitSet changed = new BitSet(CJK_LAST + 1);
        if (converted.length() == block.length()) {
            for (int i = 0; i < block.length(); i++) {
                if (converted.charAt(i) != block.charAt(i)) {
                    changed.set(block.charAt(i));
                }
            }
        } else {
            // a conversion that is not one character for one: each character on its own
            for (int i = 0; i < block.length(); i++) {
                String one = String.valueOf(block.charAt(i));
                if (!converter.transliterate(one).equals(one)) {
                    changed.set(block.charAt(i));
                }
            }
        }
        return changed;
    }

    private static String tag(DetectedLanguage language) {
        String language2 = language.getLocale().getLanguage();
        return language.getLocale()
                .getRegion()
                .transform(region -> language2 + "-" + region.toUpperCase(java.util.Locale.ROOT))
                .or(language2);
    }
}
