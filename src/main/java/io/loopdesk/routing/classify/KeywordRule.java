package io.loopdesk.routing.classify;

import java.util.List;

/**
 * A keyword rule: each of its phrases found in a ticket is evidence, worth {@code weight}, that the ticket belongs
 * to the category. Phrases are Chinese or English and are matched on tokens, never on raw substrings (see
 * {@link KeywordClassifier}).
 *
 * @param categoryCode e.g. {@code technical.client}
 * @param phrases at least one; each 1–100 characters; stripped, duplicates dropped
 * @param weight {@value #MIN_WEIGHT}–{@value #MAX_WEIGHT}; the default rules use 1 for a hint that also turns up in
 *     other categories (退款, "question"), 2 for a typical phrase, 3 for a decisive one (无法登录, "black screen")
 */
public record KeywordRule(String categoryCode, List<String> phrases, int weight) {

    public static final int MIN_WEIGHT = 1;
    public static final int MAX_WEIGHT = 10;
    public static final int MAX_PHRASE_LENGTH = 100;

    public KeywordRule {
        CategoryCode.requireValid(categoryCode);
        if (phrases.isEmpty()) {
            throw new IllegalArgumentException("A rule for " + categoryCode + " needs at least one phrase");
        }
        phrases = phrases.stream().map(String::strip).distinct().toList();
        for (String phrase : phrases) {
            if (phrase.isEmpty() || phrase.length() > MAX_PHRASE_LENGTH) {
                throw new IllegalArgumentException(
                        "Phrases have 1-" + MAX_PHRASE_LENGTH + " characters: '" + phrase + "' (" + categoryCode + ")");
            }
        }
        if (weight < MIN_WEIGHT || weight > MAX_WEIGHT) {
            throw new IllegalArgumentException("A rule's weight is " + MIN_WEIGHT + "-" + MAX_WEIGHT + ", not " + weight
                    + " (" + categoryCode + ")");
        }
    }

    public KeywordRule(String categoryCode, int weight, String... phrases) {
        this(categoryCode, List.of(phrases), weight);
    }
}
