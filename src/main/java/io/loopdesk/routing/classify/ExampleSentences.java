package io.loopdesk.routing.classify;

import io.loopdesk.shared.meaning.NearestExamples;
import java.util.List;

/**
 * Example sentences of categories for the {@link MeaningClassifier}, one {@code category | sentence} per line ({@code
 * #} starts a comment); the ready-made Chinese and English ones for the default categories are in {@value #RESOURCE}.
 */
public final class ExampleSentences {

    static final String RESOURCE = "routing/category-examples.txt";

    private ExampleSentences() {}

    /** The ready-made examples of the default categories. */
    public static List<TrainingExample> defaults() {
        return Loaded.DEFAULTS;
    }

    /** The examples of {@code text}; a line that is not {@code category | sentence} is refused with its number. */
    public static List<TrainingExample> parse(String text) {
        return training(NearestExamples.parse(text, CategoryCode::requireValid));
    }

    private static List<TrainingExample> training(List<NearestExamples.Example> examples) {
        return examples.stream()
                .map(example -> new TrainingExample(example.label(), example.text()))
                .toList();
    }

    /** Parsed once, on first use. */
    private static final class Loaded {
        static final List<TrainingExample> DEFAULTS = training(NearestExamples.read(RESOURCE));
    }
}
