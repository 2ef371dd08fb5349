package io.loopdesk.routing.classify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
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

    /** The examples of {@code text}; a line that is not {@code category | sentence} is refused with its number. */
    public static List<TrainingExample> parse(String text) {
        List<TrainingExample> examples = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf('|');
            if (bar < 0) {
                throw new IllegalArgumentException(
                        "Line " + (i + 1) + ": expected 'category | sentence', got '" + line + "'");
            }
            try {
                examples.add(new TrainingExample(
                        line.substring(0, bar).strip(), line.substring(bar + 1).strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Line " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(examples);
    }

    private static String resource() {
        try {
            return new ClassPathResource(RESOURCE).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + RESOURCE + " failed", e);
        }
    }

    /** Parsed once, on first use. */
    private static final class Loaded {
        static final List<TrainingExample> DEFAULTS = parse(resource());
    }
}
