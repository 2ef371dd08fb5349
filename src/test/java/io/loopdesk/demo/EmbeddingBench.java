package io.loopdesk.demo;

import io.loopdesk.routing.CategoryView;
import io.loopdesk.routing.category.DefaultCategories;
import io.loopdesk.routing.classify.TrainingExample;
import io.loopdesk.shared.meaning.SentenceEncoder;
import io.loopdesk.testing.IndependentFeedback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a pretrained sentence-embedding model (BGE small zh v1.5, quantised, in-process on ONNX Runtime) would give
 * the classification of issue 24, before any of it is built into the product: its cost per text on this machine, a
 * k-nearest-neighbour classifier over the embeddings of the development texts (demo problems, rephrasings and the
 * category names) measured on the independent set, and how often a text's nearest neighbour in the independent set
 * reports the same incident. The review threshold is chosen on a held-out third of the development texts (the
 * lowest confidence at which 90 % of them are right), never on the independent set. Run by
 * {@code bench/embeddings.sh}; writes {@code target/bench-results.md}.
 */
@Tag("bench")
class EmbeddingBench {

    static final int K = 5;

    final SentenceEncoder encoder = SentenceEncoder.shared();

    @Test
    void anEmbeddingClassifierOnTheIndependentSet() throws IOException {
        StringBuilder report = new StringBuilder("## Sentence embeddings (BGE small zh v1.5, quantised)\n\n");
        List<IndependentFeedback> set = IndependentFeedback.load();
        cost(report, set.stream().map(IndependentFeedback::text).toList());

        LabelledTickets dev = LabelledTickets.split();
        Neighbours tuning = new Neighbours(withCategoryNames(dev.training()));
        double threshold = threshold(tuning, dev.heldOut());
        Neighbours all = new Neighbours(withCategoryNames(LabelledTickets.all()));
        List<float[]> vectors =
                embed(set.stream().map(IndependentFeedback::text).toList());
        int topRight = 0, categoryRight = 0, review = 0, topRightRouted = 0, topRightAll = 0, categoryRightAll = 0;
        for (int i = 0; i < set.size(); i++) {
            Vote vote = all.vote(vectors.get(i));
            IndependentFeedback f = set.get(i);
            boolean top = topLevel(vote.category()).equals(f.topLevel());
            topRightAll += top ? 1 : 0;
            categoryRightAll += vote.category().equals(f.category()) ? 1 : 0;
            if (vote.confidence() < threshold) {
                review++;
                continue;
            }
            topRightRouted += top ? 1 : 0;
            topRight += top ? 1 : 0;
            categoryRight += vote.category().equals(f.category()) ? 1 : 0;
        }
        report.append("""
                k-NN (k = %d) over %d development texts and the category names; review below %.2f (chosen on the
                development held-out third: 90 %% right there). Independent set, %d texts:
                top level right and not sent to review %s, category right %s, sent to review %s, routed top level right %s;
                with nobody reviewing (every best guess taken): top level right %s, category right %s

                """.formatted(
                        K,
                        all.size(),
                        threshold,
                        set.size(),
                        percent(topRight, set.size()),
                        percent(categoryRight, set.size()),
                        percent(review, set.size()),
                        percent(topRightRouted, set.size() - review),
                        percent(topRightAll, set.size()),
                        percent(categoryRightAll, set.size())));
        duplicates(report, set, vectors);
        System.out.print(report);
        Path file = Path.of("target", "bench-results.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    private void cost(StringBuilder report, List<String> texts) {
        List<String> sample = texts.subList(0, Math.min(256, texts.size()));
        embed(sample); // warm-up
        long start = System.nanoTime();
        for (String text : sample) {
            encoder.encode(text);
        }
        double single = (System.nanoTime() - start) / 1e6 / sample.size();
        start = System.nanoTime();
        embed(sample);
        double batched = (System.nanoTime() - start) / 1e6 / sample.size();
        report.append(
                "Cost per text on %d cores, %d texts of %.0f characters on average: %.1f ms one by one, %.1f ms in batches of 32 (%.0f texts/s)%n%n"
                        .formatted(
                                Runtime.getRuntime().availableProcessors(),
                                sample.size(),
                                sample.stream()
                                        .mapToInt(String::length)
                                        .average()
                                        .orElse(0),
                                single,
                                batched,
                                1000 / batched));
    }

    private List<float[]> embed(List<String> texts) {
        return encoder.encode(texts);
    }

    private static List<TrainingExample> withCategoryNames(List<TrainingExample> examples) {
        List<TrainingExample> all = new ArrayList<>(examples);
        for (CategoryView category : DefaultCategories.ALL) {
            if (!category.code().equals(CategoryView.NEEDS_REFINEMENT)) {
                all.add(new TrainingExample(category.code(), category.nameZh()));
                all.add(new TrainingExample(category.code(), category.nameEn()));
            }
        }
        return all;
    }

    /** The lowest confidence at which at least 90 % of the held-out development texts above it are right. */
    private double threshold(Neighbours neighbours, List<TrainingExample> heldOut) {
        List<float[]> vectors =
                embed(heldOut.stream().map(TrainingExample::text).toList());
        record Scored(double confidence, boolean right) {}
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < heldOut.size(); i++) {
            Vote vote = neighbours.vote(vectors.get(i));
            scored.add(new Scored(
                    vote.confidence(), vote.category().equals(heldOut.get(i).categoryCode())));
        }
        for (double t = 0; t <= 1.0; t += 0.05) {
            double at = t;
            List<Scored> above =
                    scored.stream().filter(s -> s.confidence() >= at).toList();
            if (!above.isEmpty() && above.stream().filter(Scored::right).count() >= 0.9 * above.size()) {
                return t;
            }
        }
        return 1.0;
    }

    /** For each text reporting an incident with others, whether its most similar other text reports the same. */
    private static void duplicates(StringBuilder report, List<IndependentFeedback> set, List<float[]> vectors) {
        int grouped = 0, nearestSame = 0;
        List<Double> same = new ArrayList<>();
        List<Double> other = new ArrayList<>();
        for (int i = 0; i < set.size(); i++) {
            String group = set.get(i).duplicateGroup();
            if (group == null) {
                continue;
            }
            grouped++;
            int best = -1;
            double bestSimilarity = -1;
            for (int j = 0; j < set.size(); j++) {
                if (j == i) {
                    continue;
                }
                double s = SentenceEncoder.similarity(vectors.get(i), vectors.get(j));
                (group.equals(set.get(j).duplicateGroup()) ? same : other).add(s);
                if (s > bestSimilarity) {
                    bestSimilarity = s;
                    best = j;
                }
            }
            nearestSame += group.equals(set.get(best).duplicateGroup()) ? 1 : 0;
        }
        same.sort(Comparator.naturalOrder());
        other.sort(Comparator.naturalOrder());
        report.append("""
                Same incident in other words: for %d texts in %d groups, the most similar other text of the set reports
                the same incident for %s; cosine similarity within a group median %.2f, to other texts median %.2f
                (99th percentile %.2f)
                """.formatted(
                        grouped,
                        set.stream()
                                .map(IndependentFeedback::duplicateGroup)
                                .filter(g -> g != null)
                                .distinct()
                                .count(),
                        percent(nearestSame, grouped),
                        same.get(same.size() / 2),
                        other.get(other.size() / 2),
                        other.get((int) (other.size() * 0.99))));
    }

    /** The embeddings of labelled texts, voting for a text's category by their similarity to it. */
    private final class Neighbours {

        private final List<TrainingExample> examples;
        private final List<float[]> vectors;

        Neighbours(List<TrainingExample> examples) {
            this.examples = examples;
            this.vectors = embed(examples.stream().map(TrainingExample::text).toList());
        }

        int size() {
            return examples.size();
        }

        Vote vote(float[] text) {
            List<Integer> nearest = java.util.stream.IntStream.range(0, examples.size())
                    .boxed()
                    .sorted(Comparator.comparingDouble(
                            (Integer i) -> -SentenceEncoder.similarity(text, vectors.get(i))))
                    .limit(K)
                    .toList();
            Map<String, Double> votes = new HashMap<>();
            double total = 0;
            for (int i : nearest) {
                double weight = Math.max(0, SentenceEncoder.similarity(text, vectors.get(i)));
                votes.merge(examples.get(i).categoryCode(), weight, Double::sum);
                total += weight;
            }
            Map.Entry<String, Double> best =
                    votes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            return new Vote(best.getKey(), total == 0 ? 0 : best.getValue() / total);
        }
    }

    record Vote(String category, double confidence) {}

    static String topLevel(String code) {
        int dot = code.indexOf('.');
        return dot < 0 ? code : code.substring(0, dot);
    }

    static String percent(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.0f%%", 100.0 * part / whole);
    }
}
