package io.loopdesk.routing.classify;

import java.util.ArrayList;
import java.util.Arrays;
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

    private record Example(String categoryCode, String text, float[] vector) {}

    private final Map<String, List<Example>> byCategory;

    private MeaningClassifier(Map<String, List<Example>> byCategory) {
        this.byCategory = byCategory;
    }

    /** A classifier from labelled example sentences, encoded once here. */
    public static MeaningClassifier of(List<TrainingExample> examples, SentenceEncoder encoder) {
        List<float[]> vectors =
                encoder.encode(examples.stream().map(TrainingExample::text).toList());
        Map<String, List<Example>> byCategory = new LinkedHashMap<>();
        for (int i = 0; i < examples.size(); i++) {
            TrainingExample example = examples.get(i);
            byCategory
                    .computeIfAbsent(example.categoryCode(), code -> new ArrayList<>())
                    .add(new Example(example.categoryCode(), example.text(), vectors.get(i)));
        }
        return new MeaningClassifier(byCategory);
    }

    /** Whether it has any example to go by. */
    public boolean isEmpty() {
        return byCategory.isEmpty();
    }

    /**
     * The category of a text's vector: the most likely category if its confidence reaches {@code threshold}, else
     * its top-level category if that one's does, else the most likely category with its (low) confidence.
     */
    public Optional<Suggestion> classify(float[] vector, double threshold) {
        if (byCategory.isEmpty()) {
            return Optional.empty();
        }
        List<Scored> scored = new ArrayList<>();
        for (List<Example> examples : byCategory.values()) {
            scored.add(score(vector, examples));
        }
        double max = scored.stream().mapToDouble(Scored::similarity).max().orElse(0);
        double total = 0;
        for (Scored s : scored) {
            total += Math.exp((s.similarity() - max) / TEMPERATURE);
        }
        Map<String, Double> share = new LinkedHashMap<>();
        for (Scored s : scored) {
            share.put(s.categoryCode(), Math.exp((s.similarity() - max) / TEMPERATURE) / total);
        }
        Scored best = scored.stream()
                .max(Comparator.comparingDouble(Scored::similarity))
                .orElseThrow();
        double confidence = share.get(best.categoryCode());
        if (confidence < threshold) {
            String parent = topLevel(best.categoryCode());
            double parentConfidence = share.entrySet().stream()
                    .filter(e -> topLevel(e.getKey()).equals(parent))
                    .mapToDouble(Map.Entry::getValue)
                    .sum();
            if (!parent.equals(best.categoryCode()) && parentConfidence >= threshold) {
                return Optional.of(suggestion(parent, parentConfidence, best));
            }
        }
        return Optional.of(suggestion(best.categoryCode(), confidence, best));
    }

    private static Suggestion suggestion(String categoryCode, double confidence, Scored best) {
        return new Suggestion(
                categoryCode,
                Math.min(1, Math.max(0, confidence)),
                Suggestion.Method.MEANING,
                List.of("≈ " + best.nearest()));
    }

    private record Scored(String categoryCode, double similarity, String nearest) {}

    private static Scored score(float[] vector, List<Example> examples) {
        double[] similarities = new double[examples.size()];
        int nearest = 0;
        for (int i = 0; i < examples.size(); i++) {
            similarities[i] = SentenceEncoder.similarity(vector, examples.get(i).vector());
            if (similarities[i] > similarities[nearest]) {
                nearest = i;
            }
        }
        Arrays.sort(similarities);
        int n = Math.min(NEAREST, similarities.length);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += similarities[similarities.length - 1 - i];
        }
        Example closest = examples.get(nearest);
        return new Scored(closest.categoryCode(), sum / n, closest.text());
    }

    private static String topLevel(String categoryCode) {
        int dot = categoryCode.indexOf('.');
        return dot < 0 ? categoryCode : categoryCode.substring(0, dot);
    }
}
