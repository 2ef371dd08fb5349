package io.loopdesk.shared.meaning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * Labelled example sentences, encoded once, that say how close in meaning a text is to each label: the mean cosine
 * similarity of the text to the label's {@code k} nearest examples (one stray example does not make a label), and
 * the nearest example itself, which is the reason a person is shown.
 *
 * <p>Immutable and thread-safe.
 */
public final class NearestExamples {

    /** A line of an examples file that is refused, with its number, for the person who wrote it. */
    public static final class LineRefused extends IllegalArgumentException {

        private final int line;
        private final String text;

        LineRefused(int line, String text, String reason, @Nullable Throwable cause) {
            super("Line " + line + ": " + reason, cause);
            this.line = line;
            this.text = text;
        }

        /** The line's number, from 1. */
        public int line() {
            return line;
        }

        /** The line as written. */
        public String text() {
            return text;
        }
    }

    /** One example sentence and the label it shows. */
    public record Example(String label, String text) {}

    /** How close a text is to one label: the mean similarity and the label's nearest example sentence. */
    public record Closeness(String label, double similarity, String nearest, double nearestSimilarity) {}

    private record Encoded(String text, float[] vector) {}

    private final Map<String, List<Encoded>> byLabel;
    private final int k;

    private NearestExamples(Map<String, List<Encoded>> byLabel, int k) {
        this.byLabel = byLabel;
        this.k = k;
    }

    /** The examples, encoded here in batches; a label's score is the mean of its {@code k} nearest examples. */
    public static NearestExamples of(List<Example> examples, SentenceEncoder encoder, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be at least 1, was " + k);
        }
        List<float[]> vectors =
                encoder.encode(examples.stream().map(Example::text).toList());
        Map<String, List<Encoded>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            Example example = examples.get(i);
            byLabel.computeIfAbsent(example.label(), label -> new ArrayList<>())
                    .add(new Encoded(example.text(), vectors.get(i)));
        }
        return new NearestExamples(byLabel, k);
    }

    /**
     * The examples of a file's text, one {@code label | sentence} per line ({@code #} starts a comment); a line that
     * is not of that form is refused with its number.
     */
    public static List<Example> parse(String text) {
        return parse(text, label -> {});
    }

    /**
     * The examples of a file's text, as {@link #parse(String)}, each label checked by {@code checkLabel}, which
     * refuses one with an {@link IllegalArgumentException}.
     */
    public static List<Example> parse(String text, Consumer<String> checkLabel) {
        List<Example> examples = new ArrayList<>();
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int bar = line.indexOf('|');
            String label = bar < 0 ? "" : line.substring(0, bar).strip();
            String sentence = bar < 0 ? "" : line.substring(bar + 1).strip();
            if (label.isEmpty() || sentence.isEmpty()) {
                throw new LineRefused(i + 1, line, "expected 'label | sentence', got '" + line + "'", null);
            }
            try {
                checkLabel.accept(label);
            } catch (IllegalArgumentException e) {
                throw new LineRefused(i + 1, line, e.getMessage(), e);
            }
            examples.add(new Example(label, sentence));
        }
        return List.copyOf(examples);
    }

    /** The examples of a resource file on the class path (see {@link #parse(String)}). */
    public static List<Example> read(String resource) {
        try {
            return parse(new ClassPathResource(resource).getContentAsString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading " + resource + " failed", e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(resource + ": " + e.getMessage(), e);
        }
    }

    /** Whether there is any example to go by. */
    public boolean isEmpty() {
        return byLabel.isEmpty();
    }

    /** How close a text's vector is to every label, in the order the labels first appeared among the examples. */
    public List<Closeness> closeness(float[] vector) {
        List<Closeness> all = new ArrayList<>(byLabel.size());
        byLabel.forEach((label, examples) -> all.add(closeness(label, examples, vector)));
        return all;
    }

    private Closeness closeness(String label, List<Encoded> examples, float[] vector) {
        double[] similarities = new double[examples.size()];
        int nearest = 0;
        for (int i = 0; i < examples.size(); i++) {
            similarities[i] = SentenceEncoder.similarity(vector, examples.get(i).vector());
            if (similarities[i] > similarities[nearest]) {
                nearest = i;
            }
        }
        double closest = similarities[nearest];
        Arrays.sort(similarities);
        int n = Math.min(k, similarities.length);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += similarities[similarities.length - 1 - i];
        }
        return new Closeness(label, sum / n, examples.get(nearest).text(), closest);
    }
}
