package io.loopdesk.routing.classify;

import org.jspecify.annotations.Nullable;

/**
 * What {@link Classifier} decided for a ticket.
 *
 * @param categoryCode the category to route by: the best guess's, or {@value Classifier#NEEDS_REFINEMENT} when it
 *     is below the threshold or there is no guess at all
 * @param confidence the best guess's confidence, 0 when there is none
 * @param bestGuess for a reviewer: what the classifiers would choose, with their evidence; null when neither rules
 *     nor learned examples had anything to say about the text
 */
public record Classification(
        String categoryCode, double confidence, @Nullable Suggestion bestGuess) {

    public Classification {
        CategoryCode.requireValid(categoryCode);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("A confidence is between 0 and 1, not " + confidence);
        }
    }

    static Classification of(@Nullable Suggestion guess, double threshold) {
        if (guess == null) {
            return new Classification(Classifier.NEEDS_REFINEMENT, 0, null);
        }
        String category = guess.confidence() >= threshold ? guess.categoryCode() : Classifier.NEEDS_REFINEMENT;
        return new Classification(category, guess.confidence(), guess);
    }

    /** Whether a person must choose the category. */
    public boolean needsRefinement() {
        return categoryCode.equals(Classifier.NEEDS_REFINEMENT);
    }
}
