package io.loopdesk.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import io.loopdesk.routing.classify.Suggestion.Method;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    static final TextAnalyzer ANALYZER = new TextAnalyzer();
    static final KeywordClassifier RULES = new KeywordClassifier(
            List.of(
                    new KeywordRule("technical.client", 3, "闪退", "crash"),
                    new KeywordRule("commercial.returns", 3, "退货"),
                    new KeywordRule("commercial.logistics", 3, "物流")),
            ANALYZER);
    static final LearnedClassifier LEARNED = LearnedClassifier.train(
            TrainingExamples.threeCategories(), LearnedClassifier.Algorithm.NEAREST_NEIGHBOURS, ANALYZER);
    static final LearnedClassifier UNTRAINED = LearnedClassifier.train(List.of());

    final Classifier classifier = new Classifier(RULES, LEARNED);

    @Test
    void aConfidentGuessIsRouted() {
        Classification classification = classifier.classify("App 一打开就闪退，卸载重装也打不开", 0.6);

        assertThat(classification.categoryCode()).isEqualTo("technical.client");
        assertThat(classification.needsRefinement()).isFalse();
        assertThat(classification.bestGuess()).isNotNull();
        assertThat(classification.bestGuess().evidence()).startsWith("闪退");
    }

    @Test
    void rulesAloneDecideWhileNothingIsLearned() {
        Classification classification = new Classifier(RULES, UNTRAINED).classify("又闪退了", 0.6);

        assertThat(classification.categoryCode()).isEqualTo("technical.client");
        assertThat(classification.bestGuess()).isEqualTo(RULES.classify("又闪退了").orElseThrow());
    }

    @Test
    void theLearnedClassifierDecidesWhereNoRuleMatches() {
        Classification classification = classifier.classify("晚上看直播特别卡，一直转圈", 0.0);

        assertThat(classification.categoryCode()).isEqualTo("technical.stream");
        assertThat(classification.bestGuess().method()).isEqualTo(Method.LEARNED);
    }

    @Test
    void anUnclearTicketNeedsRefinementAndCarriesTheBestGuess() {
        Classification classification = new Classifier(RULES, UNTRAINED).classify("退货寄回去了，物流一直不更新", 0.6);

        assertThat(classification.categoryCode()).isEqualTo(Classifier.NEEDS_REFINEMENT);
        assertThat(classification.needsRefinement()).isTrue();
        assertThat(classification.bestGuess().categoryCode()).isEqualTo("commercial.returns");
        assertThat(classification.confidence())
                .isEqualTo(classification.bestGuess().confidence())
                .isLessThan(0.6);
    }

    @Test
    void aTicketNothingKnowsAboutNeedsRefinementWithoutAGuess() {
        Classification classification = classifier.classify("天气晴朗", 0.6);

        assertThat(classification).isEqualTo(new Classification(Classifier.NEEDS_REFINEMENT, 0, null));
    }

    @Test
    void theThresholdIsAProbability() {
        assertThatIllegalArgumentException().isThrownBy(() -> classifier.classify("闪退", 1.5));
        assertThatIllegalArgumentException().isThrownBy(() -> classifier.classify("闪退", -0.1));
        assertThatIllegalArgumentException().isThrownBy(() -> classifier.classify("闪退", Double.NaN));
    }

    @Test
    void agreementRaisesConfidence() {
        Suggestion combined = Classifier.combine(
                suggestion("technical.client", 0.6, Method.RULE, "闪退"),
                suggestion("technical.client", 0.5, Method.LEARNED, "technical.client 0.50"));

        assertThat(combined.categoryCode()).isEqualTo("technical.client");
        assertThat(combined.confidence()).isCloseTo(0.8, within(1e-9));
        assertThat(combined.method()).isEqualTo(Method.RULE);
        assertThat(combined.evidence()).containsExactly("闪退", "technical.client 0.50");
    }

    @Test
    void conflictLowersConfidence() {
        Suggestion combined = Classifier.combine(
                suggestion("technical.client", 0.9, Method.RULE, "闪退"),
                suggestion("technical.stream", 0.9, Method.LEARNED, "technical.stream 0.90"));

        assertThat(combined.categoryCode()).isEqualTo("technical.client"); // the rules win a tie
        assertThat(combined.confidence()).isCloseTo(0.09 / 0.19, within(1e-9));
    }

    @Test
    void aStrongRuleOverridesAWeakLearnedGuess() {
        Suggestion combined = Classifier.combine(
                suggestion("technical.client", 0.9, Method.RULE, "闪退"),
                suggestion("technical.stream", 0.3, Method.LEARNED, "technical.stream 0.30"));

        assertThat(combined.categoryCode()).isEqualTo("technical.client");
        assertThat(combined.confidence()).isCloseTo(0.63 / 0.73, within(1e-9));
    }

    @Test
    void aStrongLearnedGuessOverridesAWeakRule() {
        Suggestion combined = Classifier.combine(
                suggestion("technical.stream", 0.39, Method.RULE, "延迟"),
                suggestion("technical.network", 0.8, Method.LEARNED, "technical.network 0.80"));

        assertThat(combined.categoryCode()).isEqualTo("technical.network");
        assertThat(combined.method()).isEqualTo(Method.LEARNED);
        assertThat(combined.confidence()).isCloseTo(0.8 * 0.61 / (1 - 0.39 * 0.8), within(1e-9));
    }

    @Test
    void twoCertainButConflictingGuessesLeaveNoConfidence() {
        Suggestion combined = Classifier.combine(
                suggestion("technical.client", 1.0, Method.RULE, "闪退"),
                suggestion("technical.stream", 1.0, Method.LEARNED, "technical.stream 1.00"));

        assertThat(combined.confidence()).isZero();
    }

    @Test
    void aClassificationValidatesItsParts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Classification("Needs refinement", 0, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Classification("suggestion", 1.1, null));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Suggestion("suggestion", -0.1, Method.RULE, List.of()));
    }

    static Suggestion suggestion(String category, double confidence, Method method, String evidence) {
        return new Suggestion(category, confidence, method, List.of(evidence));
    }
}
