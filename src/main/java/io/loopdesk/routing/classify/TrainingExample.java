package io.loopdesk.routing.classify;

/**
 * A ticket text whose category a person has confirmed, to learn from.
 *
 * @param text title and description, Chinese or English; not blank
 */
public record TrainingExample(String categoryCode, String text) {

    public TrainingExample {
        CategoryCode.requireValid(categoryCode);
        if (text.isBlank()) {
            throw new IllegalArgumentException("A training example needs a text (" + categoryCode + ")");
        }
    }
}
