package io.loopdesk.routing.classify;

import io.loopdesk.shared.meaning.NearestExamples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.core.io.ClassPathResource;

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

    /** The ready-made examples as their file writes them, comments included: where a tenant's own begin. */
    public static String defaultsText() {
        return Loaded.TEXT;
    }

    /**
     * The examples of {@code text}; a line that is not {@code category | sentence} is refused with its number
     * ({@link NearestExamples.LineRefused}).
     */
    public static List<TrainingExample> parse(String text) {
        return parse(text, code -> {});
    }

    /** As {@link #parse(String)}, each category also checked by {@code checkCategory}. */
    public static List<TrainingExample> parse(String text, Consumer<String> checkCategory) {
        return NearestExamples.parse(text, code -> checkCategory.accept(CategoryCode.requireValid(code))).stream()
                .map(example -> new TrainingExample(example.label(), example.text()))
                .toList();
    }

    /** Read and parsed once, on first use. */
    private static final class Loaded {
        static final String TEXT = read();
        static final List<TrainingExample> DEFAULTS = parse(TEXT);

        private static String read() {
            try {
                return new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Reading " + RESOURCE + " failed", e);
            }
        }
    }
}
