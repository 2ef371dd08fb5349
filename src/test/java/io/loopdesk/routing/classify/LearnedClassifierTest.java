package io.loopdesk.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.routing.classify.LearnedClassifier.Algorithm;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LearnedClassifierTest {

    static final TextAnalyzer ANALYZER = new TextAnalyzer();
    static final LearnedClassifier LEARNED = LearnedClassifier.train(TrainingExamples.threeCategories());

    @Test
    void itRecognisesWhatItLearned() {
        Suggestion suggestion = LEARNED.classify("退货寄回后商家迟迟不退款").orElseThrow();

        assertThat(suggestion.categoryCode()).isEqualTo("commercial.returns");
        assertThat(suggestion.method()).isEqualTo(Suggestion.Method.LEARNED);
        assertThat(suggestion.evidence()).first().asString().startsWith("commercial.returns 0.");
        assertThat(LEARNED.size()).isEqualTo(16);
        assertThat(LEARNED.algorithm()).isEqualTo(Algorithm.NEAREST_NEIGHBOURS);
    }

    @ParameterizedTest
    @CsvSource({
        "'手机更新以后 App 老是闪退，打不开',            technical.client",
        "'登录的时候总说密码错误，验证码也收不到',       technical.client",
        "'东西寄回去两周了，退款还没到',                 commercial.returns",
        "'I returned it but still no refund',            commercial.returns",
        "'晚上看直播特别卡，一直转圈',                   technical.stream",
        "'The stream keeps buffering and stuttering',    technical.stream"
    })
    void itGeneralisesToRephrasedTickets(String text, String category) {
        Suggestion suggestion = LEARNED.classify(text).orElseThrow();

        assertThat(suggestion.categoryCode()).isEqualTo(category);
        assertThat(suggestion.confidence()).isBetween(0.3, 1.0);
    }

    @Test
    void naiveBayesLearnsToo() {
        LearnedClassifier bayes =
                LearnedClassifier.train(TrainingExamples.threeCategories(), Algorithm.NAIVE_BAYES, ANALYZER);

        assertThat(bayes.classify("晚上看直播特别卡，一直转圈").map(Suggestion::categoryCode))
                .contains("technical.stream");
    }

    @Test
    void withoutExamplesItKnowsNothing() {
        LearnedClassifier empty = LearnedClassifier.train(List.of());

        assertThat(empty.size()).isZero();
        assertThat(empty.classify("App 一打开就闪退")).isEmpty();
        assertThat(LearnedClassifier.train(List.of(), Algorithm.NAIVE_BAYES).classify("闪退"))
                .isEmpty();
    }

    @Test
    void aTextSharingNoWordWithTheExamplesGivesNothing() {
        assertThat(LEARNED.classify("天气晴朗")).isEmpty();
        assertThat(LEARNED.classify("")).isEmpty();
        assertThat(LEARNED.classify("？！")).isEmpty();
    }

    @Test
    void examplesSharingNoWordDoNotVoteAndFewNeighboursMeanLittleConfidence() {
        List<TrainingExample> examples = new ArrayList<>();
        examples.add(new TrainingExample("technical.client", "闪退"));
        IntStream.range(0, 10).forEach(i -> examples.add(new TrainingExample("commercial.returns", "退货退款 " + i)));

        Suggestion suggestion =
                LearnedClassifier.train(examples).classify("又闪退了").orElseThrow();

        assertThat(suggestion.categoryCode()).isEqualTo("technical.client");
        assertThat(suggestion.confidence()).isEqualTo(1.0 / LearnedClassifier.K);
    }

    @Test
    void aHugeTextIsClassifiedByItsBeginning() {
        String huge = "直播间卡顿严重，画面一直转圈。" + "今天天气不错，".repeat(15_000);

        assertThat(huge.length()).isGreaterThan(100_000);
        assertThat(LEARNED.classify(huge).map(Suggestion::categoryCode)).contains("technical.stream");
    }

    @ParameterizedTest
    @CsvSource({"'App 老是闪退，登录也登不上'", "'I returned it but still no refund'", "'天气晴朗'", "''", "HUGE"})
    void aTextAlreadyReadForTheRulesIsClassifiedAsTheTextItself(String given) {
        String text = given.equals("HUGE") ? "直播间卡顿严重，画面一直转圈。" + "退款，".repeat(3_000) : given;

        assertThat(LEARNED.classify(text, ANALYZER.analyze(text))).isEqualTo(LEARNED.classify(text));
    }

    @Test
    void manyThreadsCanClassifyAtOnce() {
        List<String> texts = List.of("App 老是闪退", "退款还没到", "直播一直转圈", "I cannot log in", "black screen");
        List<Optional<Suggestion>> expected =
                texts.stream().map(LEARNED::classify).toList();

        List<Optional<Suggestion>> parallel = IntStream.range(0, 4_000)
                .parallel()
                .mapToObj(i -> LEARNED.classify(texts.get(i % texts.size())))
                .toList();

        for (int i = 0; i < parallel.size(); i++) {
            assertThat(parallel.get(i)).isEqualTo(expected.get(i % texts.size()));
        }
    }
}
