package io.loopdesk.routing.classify;

import io.loopdesk.shared.meaning.NearestExamples;
import io.loopdesk.shared.meaning.NearestExamples.Closeness;
import io.loopdesk.shared.meaning.SentenceEncoder;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Places a text in the category whose examples it is closest to in meaning ({@link SentenceEncoder}), so it works on
 * a tenant's first day from a handful of example sentences per category and on wording no keyword rule lists.
 *
 * <p><b>Scores.</b> A category's score is the mean cosine similarity of the text to its {@value #NEAREST} nearest
 * examples (one stray example does not make a category). The scores become shares by a softmax at temperature
 * {@link #TEMPERATURE}; a category's confidence is its share. A top-level category ({@code commercial}) also gathers
 * the shares of its subcategories ({@code commercial.delivery}), so a text that is surely commercial but could be
 * late delivery or logistics is placed in {@code commercial} rather than sent to review.
 *
 * <p>Immutable and thread-safe.
 */
public final class MeaningClassifier {

    /** Examples a category's score is the mean of. */
    static final int NEAREST = 2;

    /**
     * The softmax temperature: similarities of this model lie between about 0.3 and 0.9, so differences of a few
     * hundredths must count. Chosen on the development texts (the demo problems and their rephrasings).
     */
    static final double TEMPERATURE = 0.02;

    private final NearestExamples examples;

    private MeaningClassifier(NearestExamples examples) {
        this.examples = examples;
    }

    /** A classifier from labelled example sentences, encoded once here. */
    public static MeaningClassifier of(List<TrainingExample> examples, SentenceEncoder encoder) {
        return new MeaningClassifier(NearestExamples.of(
                examples.stream()
                        .map(e -> new NearestExamples.Example(e.categoryCode(), e.text()))
                        .toList(),
                encoder,
                NEAREST));
    }

    /** Whether it has any example to go by. */
    public boolean isEmpty() {
        return examples.isEmpty();
    }

    /**
     * The category of a text's vector: the most likely category if its confidence reaches {@code threshold}, else
     * its top-level category if that one's does, else the most likely category with its (low) confidence.
     */
    public Optional<Suggestion> classify(float[] vector, double threshold) {
        if (examples.isEmpty()) {
            return Optional.empty();
        }
        List<Closeness> scored = examples.closeness(vector);
        double max = scored.stream().mapToDouble(Closeness::similarity).max().orElse(0);
        double total = 0;
        for (Closeness s : scored) {
            total += Math.exp((s.similarity() - max) / TEMPERATURE);
        }
        Map<String, Double> share = new LinkedHashMap<>();
        for (Closeness s : scored) {
            share.put(s.label(), Math.exp((s.similarity() - max) / TEMPERATURE) / total);
        }
        Closeness best = scored.stream()
                .max(Comparator.comparingDouble(Closeness::similarity))
                .orElseThrow();
        double confidence = share.get(best.label());
        if (confidence < threshold) {
            String parent = topLevel(best.label());
            double parentConfidence = share.entrySet().stream()
                    .filter(e -> topLevel(e.getKey()).equals(parent))
                    .mapToDouble(Map.Entry::getValue)
                    .sum();
            if (!parent.equals(best.label()) && parentConfidence >= threshold) {
                return Optional.of(suggestion(parent, parentConfidence, best));
            }
        }
        return Optional.of(suggestion(best.label(), confidence, best));
    }

    private static Suggestion suggestion(String categoryCode, double confidence, Closeness best) {
        return new Suggestion(
                categoryCode,
                Math.min(1, Math.max(0, confidence)),
                Suggestion.Method.MEANING,
                List.of("≈ " + best.nearest()));
    }

    private static String topLevel(String categoryCode) {
        int dot = categoryCode.indexOf('.');
        return dot < 0 ? categoryCode : categoryCode.substring(0, dot);
    }
}
