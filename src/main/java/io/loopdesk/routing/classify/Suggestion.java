package io.loopdesk.routing.classify;

import java.util.List;

/**
 * A classifier's guess at a ticket's category.
 *
 * @param confidence 0–1; how the classifiers compute it is documented on {@link KeywordClassifier},
 *     {@link LearnedClassifier} and {@link Classifier}
 * @param evidence for a person checking the guess: the matched phrases ({@link Method#RULE}), or the categories of
 *     the nearest training examples with their share of the vote ({@link Method#LEARNED})
 */
public record Suggestion(String categoryCode, double confidence, Method method, List<String> evidence) {

    /** Where a suggestion comes from. */
    public enum Method {
        /** Keyword rules. */
        RULE,
        /** A classifier learned from labelled tickets. */
        LEARNED,
        /** Closeness in meaning to a category's example sentences ({@link MeaningClassifier}). */
        MEANING
    }

    public Suggestion {
        CategoryCode.requireValid(categoryCode);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("A confidence is between 0 and 1, not " + confidence);
        }
        evidence = List.copyOf(evidence);
    }
}
