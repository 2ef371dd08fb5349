package io.loopdesk.routing.classify;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Classifies a ticket with keyword rules first, then the learned classifier, and sends unclear tickets to
 * {@value #NEEDS_REFINEMENT} (待细化分类) for a reviewer.
 *
 * <p><b>Combination</b> (Dempster's rule for two pieces of evidence, each for one category with its confidence,
 * {@code r} from the rules and {@code l} from the learned classifier):
 *
 * <ul>
 *   <li>Only one of them has a suggestion: that one, unchanged.
 *   <li>Both name the same category: confidence {@code 1 − (1 − r)(1 − l)}, so agreement raises it (0.6 and 0.5
 *       give 0.8); method {@link Suggestion.Method#RULE}, evidence the phrases followed by the learned votes.
 *   <li>They disagree: each keeps the belief {@code r(1 − l) / (1 − rl)} and {@code l(1 − r) / (1 − rl)}; the larger
 *       wins (the rules on a tie), so conflict lowers confidence (0.9 against 0.9 gives 0.47, a case for a
 *       reviewer) while a strong rule overrides a weak learned guess (0.9 against 0.3 gives 0.86).
 * </ul>
 *
 * The result is the combined suggestion's category when its confidence reaches the threshold, else
 * {@value #NEEDS_REFINEMENT} carrying the suggestion as the best guess.
 *
 * <p>Immutable and thread-safe.
 */
public final class Classifier {

    /** The category of tickets a person must classify: 待细化分类. */
    public static final String NEEDS_REFINEMENT = "needs-refinement";

    private final KeywordClassifier rules;
    private final LearnedClassifier learned;

    public Classifier(KeywordClassifier rules, LearnedClassifier learned) {
        this.rules = rules;
        this.learned = learned;
    }

    /**
     * The category of {@code text}.
     *
     * @param threshold 0–1: the confidence a guess needs to be routed without a reviewer
     */
    public Classification classify(String text, double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("A threshold is between 0 and 1, not " + threshold);
        }
        return Classification.of(suggest(text).orElse(null), threshold);
    }

    /**
     * The combined suggestion, before any threshold. The text is segmented once for both (smartcn's segmentation is
     * most of what classifying costs).
     */
    public Optional<Suggestion> suggest(String text) {
        List<Token> tokens = rules.analyzer().analyze(text);
        return Optional.ofNullable(combine(
                rules.classify(tokens).orElse(null),
                learned.classify(text, tokens).orElse(null)));
    }

    static @Nullable Suggestion combine(@Nullable Suggestion rule, @Nullable Suggestion learned) {
        if (rule == null || learned == null) {
            return rule == null ? learned : rule;
        }
        double r = rule.confidence();
        double l = learned.confidence();
        if (rule.categoryCode().equals(learned.categoryCode())) {
            List<String> evidence = new ArrayList<>(rule.evidence());
            evidence.addAll(learned.evidence());
            return new Suggestion(rule.categoryCode(), 1 - (1 - r) * (1 - l), Suggestion.Method.RULE, evidence);
        }
        double unresolved = 1 - r * l;
        double ruleBelief = unresolved == 0 ? 0 : r * (1 - l) / unresolved;
        double learnedBelief = unresolved == 0 ? 0 : l * (1 - r) / unresolved;
        return ruleBelief >= learnedBelief
                ? new Suggestion(rule.categoryCode(), ruleBelief, rule.method(), rule.evidence())
                : new Suggestion(learned.categoryCode(), learnedBelief, learned.method(), learned.evidence());
    }
}
