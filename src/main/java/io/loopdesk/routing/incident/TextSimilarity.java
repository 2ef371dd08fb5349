package io.loopdesk.routing.incident;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How alike two short texts are, for spotting many reports of one fault: the Jaccard overlap of their character
 * bigrams (Chinese needs no word segmentation for that) and of their lower-cased words.
 */
public final class TextSimilarity {

    private static final Pattern SEPARATORS = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}\\s]+");

    private TextSimilarity() {}

    public static double of(String a, String b) {
        return of(features(a), features(b));
    }

    /** For comparing one text with many: compute its {@link #features} once. */
    public static double of(Set<String> x, Set<String> y) {
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> smaller = x.size() <= y.size() ? x : y;
        Set<String> larger = smaller == x ? y : x;
        int common = 0;
        for (String feature : smaller) {
            if (larger.contains(feature)) {
                common++;
            }
        }
        return (double) common / (x.size() + y.size() - common);
    }

    public static Set<String> features(String text) {
        Set<String> features = new HashSet<>();
        String normalised = SEPARATORS
                .matcher(text.toLowerCase(Locale.ROOT))
                .replaceAll(" ")
                .strip();
        for (String word : normalised.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (word.codePoints().allMatch(cp -> cp < 0x2E80)) {
                features.add(word);
            } else {
                int[] cps = word.codePoints().toArray();
                for (int i = 0; i + 1 < cps.length; i++) {
                    features.add(new String(cps, i, 2));
                }
                if (cps.length == 1) {
                    features.add(word);
                }
            }
        }
        return features;
    }
}
