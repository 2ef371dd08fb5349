package io.loopdesk.sla.complaint;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a ticket is about, reduced to what "the same problem" compares (seed 003: 同样问题用户连续咨询三次以上): the
 * product, the category and the words of its title and description. Two tickets describe the same problem when
 * they name the same product or category and at least half of the shorter text's words are in the other; Chinese
 * text counts pairs of characters as words. Simple enough to explain to the customer's face.
 */
record ProblemSketch(
        String number, @Nullable String product, @Nullable String category, Set<String> words) {

    static final double SAME_PROBLEM_OVERLAP = 0.5;

    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}\\p{N}]{2,}");
    private static final Pattern HAN_RUN = Pattern.compile("\\p{IsHan}+");

    static ProblemSketch of(
            String number, @Nullable String product, @Nullable String category, String title, String description) {
        return new ProblemSketch(number, clean(product), clean(category), words(title + "\n" + description));
    }

    boolean sameProblemAs(ProblemSketch other) {
        boolean sameSubject =
                product != null && product.equals(other.product) || category != null && category.equals(other.category);
        return sameSubject && overlap(other) >= SAME_PROBLEM_OVERLAP;
    }

    /** The share of the smaller word set found in the other one. */
    double overlap(ProblemSketch other) {
        if (words.isEmpty() || other.words.isEmpty()) {
            return 0;
        }
        Set<String> shared = new HashSet<>(words);
        shared.retainAll(other.words);
        return (double) shared.size() / Math.min(words.size(), other.words.size());
    }

    private static Set<String> words(String text) {
        String normal = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        Set<String> words = new HashSet<>();
        Matcher latin = LATIN_WORD.matcher(normal);
        while (latin.find()) {
            words.add(latin.group());
        }
        Matcher han = HAN_RUN.matcher(normal);
        while (han.find()) {
            String run = han.group();
            for (int i = 0; i + 1 < run.length(); i++) {
                words.add(run.substring(i, i + 2));
            }
        }
        return words;
    }

    private static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
