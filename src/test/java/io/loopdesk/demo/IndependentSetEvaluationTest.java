package io.loopdesk.demo;

import static io.loopdesk.demo.ClassifierEvaluationTest.fraction;
import static io.loopdesk.demo.ClassifierEvaluationTest.percent;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.routing.classify.Classifier;
import io.loopdesk.routing.classify.DefaultRules;
import io.loopdesk.routing.classify.ExampleSentences;
import io.loopdesk.routing.classify.KeywordClassifier;
import io.loopdesk.routing.classify.LearnedClassifier;
import io.loopdesk.routing.classify.LearnedClassifier.Algorithm;
import io.loopdesk.routing.classify.MeaningClassifier;
import io.loopdesk.routing.classify.Suggestion;
import io.loopdesk.routing.classify.TextAnalyzer;
import io.loopdesk.routing.classify.TrainingExample;
import io.loopdesk.shared.meaning.SentenceEncoder;
import io.loopdesk.testing.IndependentFeedback;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * How the classification does on feedback written apart from everything it was built and tuned on (the independent
 * set, {@link IndependentFeedback}): on a tenant's first day, with the shipped keyword rules and nothing learned yet,
 * and after it learned from every development text (the demo problems and the rephrasings); and by meaning
 * ({@link MeaningClassifier} over the shipped example sentences), alone and for what the rules are unsure of. Prints a
 * table with the top-level confusion matrices and writes it to {@code target/classifier-independent.txt}.
 *
 * <p>It prints no single text or mistake: what the set gets wrong must never steer a rule, an example or a threshold.
 * The floors asserted are today's figures less a margin, a guard against getting worse; they are far below what
 * issue 24 asks (90 % of top-level categories right with at most 10 % sent to review).
 */
class IndependentSetEvaluationTest {

    static final double THRESHOLD = ClassifierEvaluationTest.THRESHOLD;
    static final List<String> TOP_LEVELS = List.of("technical", "content", "commercial", "suggestion", "consultation");

    final List<IndependentFeedback> set = IndependentFeedback.load();
    final TextAnalyzer analyzer = new TextAnalyzer();
    final KeywordClassifier rules = new KeywordClassifier(DefaultRules.rules(), analyzer);
    final Classifier firstDay =
            new Classifier(rules, LearnedClassifier.train(List.of(), Algorithm.NEAREST_NEIGHBOURS, analyzer));
    final Classifier learned = new Classifier(
            rules, LearnedClassifier.train(LabelledTickets.all(), Algorithm.NEAREST_NEIGHBOURS, analyzer));
    final MeaningClassifier meaning = MeaningClassifier.of(ExampleSentences.defaults(), SentenceEncoder.shared());

    @Test
    void figuresOnFeedbackWrittenApartFromEverythingTheClassifierWasTunedOn() throws IOException {
        Result day = measure("first day: keyword rules", firstDay::suggest);
        Result trained = measure("rules + neighbours, all dev texts", learned::suggest);
        Map<String, float[]> vectors = vectors();
        Result byMeaning =
                measure("meaning: example sentences", text -> meaning.classify(vectors.get(text), THRESHOLD));
        Result rulesThenMeaning = measure(
                "rules, then meaning when unsure",
                text -> rules.classify(text)
                        .filter(rule -> rule.confidence() >= THRESHOLD)
                        .or(() -> meaning.classify(vectors.get(text), THRESHOLD)));
        String report = """
                Independent set: %d texts (%s), %d categories; threshold %.1f
                %-36s %9s %9s %8s %10s %s
                """.formatted(
                                set.size(),
                                set.stream()
                                        .collect(Collectors.groupingBy(
                                                IndependentFeedback::language, TreeMap::new, Collectors.counting()))
                                        .toString(),
                                set.stream()
                                        .map(IndependentFeedback::category)
                                        .distinct()
                                        .count(),
                                THRESHOLD,
                                "",
                                "top level",
                                "category",
                                "review",
                                "routed ok",
                                "top level by language")
                + day.line()
                + trained.line()
                + byMeaning.line()
                + rulesThenMeaning.line()
                + day.confusion()
                + trained.confusion()
                + byMeaning.confusion()
                + rulesThenMeaning.confusion();
        System.out.print(report);
        Path file = Path.of("target", "classifier-independent.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);

        assertThat(set).hasSizeGreaterThanOrEqualTo(600);
        // measured 41 % and 49 % when the set was written (2026-12-07)
        assertThat(day.topLevelAccuracy()).isGreaterThan(0.37);
        assertThat(trained.topLevelAccuracy()).isGreaterThan(0.45);
        // measured 71 % and 78 % (10 % to review) when the example sentences were written, the first time the set was
        // shown to the meaning classifier (2026-12-07)
        assertThat(byMeaning.topLevelAccuracy()).isGreaterThan(0.65);
        assertThat(rulesThenMeaning.topLevelAccuracy()).isGreaterThan(0.72);
    }

    /**
     * A tenant's reviewers confirm tickets in its customers' own words: two-fold, one half of the set learned as the
     * tenant's reviewed tickets ({@link MeaningClassifier#learning}) and the other half asked, against the examples
     * alone; the halves keep each incident's paraphrases together, so no text is asked whose rewording was learned.
     */
    @Test
    void reviewedTicketsInTheTenantsOwnWordsTeachTheMeaning() throws IOException {
        Map<String, float[]> vectors = vectors();
        List<Outcome> examplesOnly = new ArrayList<>();
        List<Outcome> withReviewed = new ArrayList<>();
        for (int fold = 0; fold < 2; fold++) {
            int learned = fold;
            List<TrainingExample> reviewed = set.stream()
                    .filter(f -> half(f) == learned)
                    .map(f -> new TrainingExample(f.category(), f.text()))
                    .toList();
            MeaningClassifier learning =
                    MeaningClassifier.learning(ExampleSentences.defaults(), reviewed, SentenceEncoder.shared());
            assertThat(learning.reviewed()).isEqualTo(reviewed.size());
            for (IndependentFeedback f : set) {
                if (half(f) != learned) {
                    Optional<Suggestion> rule = rules.classify(f.text()).filter(r -> r.confidence() >= THRESHOLD);
                    examplesOnly.add(new Outcome(f, rule.or(() -> meaning.classify(vectors.get(f.text()), THRESHOLD))));
                    withReviewed.add(new Outcome(
                            f, rule.or(() -> learning.classify(vectors.get(f.text()), THRESHOLD))));
                }
            }
        }
        Result before = new Result("rules, then meaning: examples", examplesOnly);
        Result after = new Result("... and the other half reviewed", withReviewed);
        String report = before.line() + after.line() + after.confusion();
        System.out.print(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "classifier-independent-learning.txt"), report);

        // measured 78 % / 64 % and 81 % / 71 % (11 % to review) when the regression was built (2026-12-07)
        assertThat(after.topLevelAccuracy()).isGreaterThan(before.topLevelAccuracy());
        assertThat(after.categoryAccuracy()).isGreaterThan(before.categoryAccuracy() + 0.04);
        assertThat(after.reviewRate()).isLessThan(0.15);
    }

    private static int half(IndependentFeedback f) {
        String key = f.duplicateGroup() != null ? f.duplicateGroup() : f.id();
        return Integer.parseInt(key.replaceAll("\\D", "")) % 2;
    }

    private Map<String, float[]> vectors() {
        List<String> texts =
                set.stream().map(IndependentFeedback::text).distinct().toList();
        List<float[]> encoded = SentenceEncoder.shared().encode(texts);
        Map<String, float[]> byText = new java.util.HashMap<>();
        for (int i = 0; i < texts.size(); i++) {
            byText.put(texts.get(i), encoded.get(i));
        }
        return byText;
    }

    Result measure(String name, Function<String, Optional<Suggestion>> classifier) {
        return new Result(
                name,
                set.stream()
                        .map(f -> new Outcome(f, classifier.apply(f.text())))
                        .toList());
    }

    record Outcome(IndependentFeedback feedback, Optional<Suggestion> suggestion) {

        boolean review() {
            return suggestion.map(Suggestion::confidence).orElse(0.0) < THRESHOLD;
        }

        String guessedTopLevel() {
            return suggestion
                    .map(s -> ClassifierEvaluationTest.Outcome.topLevel(s.categoryCode()))
                    .orElse("-");
        }

        boolean topLevelRight() {
            return !review() && guessedTopLevel().equals(feedback.topLevel());
        }

        boolean categoryRight() {
            return !review()
                    && suggestion
                            .map(s -> s.categoryCode().equals(feedback.category()))
                            .orElse(false);
        }
    }

    record Result(String name, List<Outcome> outcomes) {

        /** Right at the top level and not sent to review: what a desk gets without a person looking. */
        double topLevelAccuracy() {
            return fraction(outcomes, Outcome::topLevelRight);
        }

        double categoryAccuracy() {
            return fraction(outcomes, Outcome::categoryRight);
        }

        double reviewRate() {
            return fraction(outcomes, Outcome::review);
        }

        String line() {
            List<Outcome> routed = outcomes.stream().filter(o -> !o.review()).toList();
            String byLanguage = outcomes.stream()
                    .collect(Collectors.groupingBy(o -> o.feedback().language(), TreeMap::new, Collectors.toList()))
                    .entrySet()
                    .stream()
                    .map(e -> e.getKey() + " " + percent(e.getValue(), Outcome::topLevelRight))
                    .collect(Collectors.joining(", "));
            return "%-36s %9s %9s %8s %10s %s%n"
                    .formatted(
                            name,
                            percent(outcomes, Outcome::topLevelRight),
                            percent(outcomes, Outcome::categoryRight),
                            percent(outcomes, Outcome::review),
                            percent(
                                    routed,
                                    o -> o.guessedTopLevel().equals(o.feedback().topLevel())),
                            byLanguage);
        }

        /** Rows: the right top level; columns: where it went (review when unsure). */
        String confusion() {
            StringBuilder text =
                    new StringBuilder("%nTop level, %s (rows: right; columns: given)%n%-14s".formatted(name, ""));
            List<String> columns = new java.util.ArrayList<>(TOP_LEVELS);
            columns.add("review");
            columns.forEach(c -> text.append("%13s".formatted(c)));
            text.append('\n');
            for (String row : TOP_LEVELS) {
                List<Outcome> of = outcomes.stream()
                        .filter(o -> o.feedback().topLevel().equals(row))
                        .toList();
                Map<String, Long> given = of.stream()
                        .collect(Collectors.groupingBy(
                                o -> o.review() ? "review" : o.guessedTopLevel(), Collectors.counting()));
                text.append("%-14s".formatted(row));
                columns.forEach(c -> text.append("%13d".formatted(given.getOrDefault(c, 0L))));
                text.append("   (%d)%n".formatted(of.size()));
            }
            return text.toString();
        }
    }
}
