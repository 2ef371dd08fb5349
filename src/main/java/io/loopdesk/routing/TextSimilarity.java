package io.loopdesk.routing;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How alike two short texts are, for spotting many reports of one fault: the Jaccard overlap of their character
 * bigrams (Chinese needs no word segmentation for that) and of their lower-cased words.
 */
final class TextSimilarity {

    private TextSimilarity() {}

    static double of(String a, String b) {
        Set<String> x = features(a);
        Set<String> y = features(b);
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(x);
        union.addAll(y);
        Set<String> common = new HashSet<>(x);
        common.retainAll(y);
        return (double) common.size() / union.size();
    }

    static Set<String> features(String text) {
        Set<String> features = new HashSet<>();
        String normalised = text.toLowerCase(Locale.ROOT)
                .replaceAll("[\\p{Punct}\\p{IsPunctuation}\\s]+", " ")
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
