package io.loopdesk.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.shared.meaning.SentenceEncoder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The meaning-based classifier with the real model and the shipped example sentences. */
class MeaningClassifierTest {

    final SentenceEncoder encoder = SentenceEncoder.shared();
    final MeaningClassifier shipped = MeaningClassifier.of(ExampleSentences.defaults(), encoder);

    @Test
    void placesWordingNoExampleUsesByMeaningInChineseAndEnglish() {
        assertThat(category("刚付完钱，快递单号到现在都没生成，啥时候寄出？")).isEqualTo("commercial.delivery");
        assertThat(category("一开直播画面就定住，声音倒是有")).isEqualTo("technical.stream");
        assertThat(category("The headphones I bought stopped charging after three days"))
                .isEqualTo("commercial.quality");
    }

    @Test
    void learnsATenantsOwnCategoryFromItsReviewedTicketsOnceThereAreEnough() {
        List<TrainingExample> reviewed = new java.util.ArrayList<>();
        List<String> products = List.of("门锁", "空调", "热水器", "净水器", "智能马桶");
        List<String> complaints = List.of(
                "约好今天上门安装%s，师傅到现在都没来", "%s的安装师傅改了三次时间", "请问%s什么时候能安排师傅上门装", "%s装好以后漏水，安装师傅说不归他管", "预约的%s安装被取消了，也没人通知");
        for (String product : products) {
            for (String complaint : complaints) {
                for (String city : List.of("北京", "上海", "成都", "武汉")) {
                    reviewed.add(
                            new TrainingExample("commercial.installation", city + "：" + complaint.formatted(product)));
                }
            }
        }
        ExampleSentences.defaults().stream()
                .limit(MeaningClassifier.MIN_REVIEWED - reviewed.size() + 10L)
                .forEach(reviewed::add);
        String text = "装宽带的师傅说好下午来，等了一下午也没人影";

        MeaningClassifier tooFew = MeaningClassifier.learning(
                ExampleSentences.defaults(), reviewed.subList(0, MeaningClassifier.MIN_REVIEWED - 1), encoder);
        MeaningClassifier learned = MeaningClassifier.learning(ExampleSentences.defaults(), reviewed, encoder);

        assertThat(tooFew.reviewed()).isZero();
        assertThat(learned.reviewed()).isEqualTo(reviewed.size());
        assertThat(learned.classify(encoder.encode(text), 0.0).orElseThrow().categoryCode())
                .isEqualTo("commercial.installation");
        // the reason shown is one of the tenant's example sentences, never another customer's ticket
        assertThat(learned.classify(encoder.encode(text), 0.0).orElseThrow().evidence())
                .singleElement()
                .asString()
                .doesNotContain("师傅到现在都没来", "北京", "上海");
    }

    @Test
    void saysWhichExampleItWentByAndThatItWentByMeaning() {
        Suggestion suggestion =
                shipped.classify(encoder.encode("一开直播画面就定住，声音倒是有"), 0.6).orElseThrow();

        assertThat(suggestion.method()).isEqualTo(Suggestion.Method.MEANING);
        assertThat(suggestion.evidence()).singleElement().asString().startsWith("≈ ");
        assertThat(suggestion.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void whenUnsureBetweenSubcategoriesItPlacesTheTextInTheirTopLevelCategory() {
        // two commercial subcategories with the same examples: either is a coin toss, commercial is certain
        MeaningClassifier twins = MeaningClassifier.of(
                List.of(
                        new TrainingExample("commercial.delivery", "我的包裹还没到"),
                        new TrainingExample("commercial.logistics", "我的包裹还没到"),
                        new TrainingExample("technical.client", "打开应用就闪退")),
                encoder);

        Suggestion suggestion = twins.classify(encoder.encode("包裹到现在也没收到"), 0.6).orElseThrow();

        assertThat(suggestion.categoryCode()).isEqualTo("commercial");
        assertThat(suggestion.confidence()).isGreaterThanOrEqualTo(0.6);
    }

    @Test
    void withoutExamplesItHasNoGuess() {
        MeaningClassifier none = MeaningClassifier.of(List.of(), encoder);

        assertThat(none.isEmpty()).isTrue();
        assertThat(none.classify(encoder.encode("随便说点什么"), 0.6)).isEmpty();
    }

    @Test
    void anEmptyOrVeryLongTextIsEncodedLikeAnyOther() {
        List<float[]> vectors = encoder.encode(List.of("", "   ", "长".repeat(5_000) + "😀".repeat(300)));

        assertThat(vectors).hasSize(3).allSatisfy(v -> assertThat(v).hasSize(512));
        double norm = 0;
        for (float x : vectors.get(2)) {
            norm += x * x;
        }
        assertThat(norm).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-3));
    }

    @Test
    void theShippedExamplesCoverEveryDefaultLeafCategoryInChineseAndEnglish() {
        Set<String> categories = ExampleSentences.defaults().stream()
                .map(TrainingExample::categoryCode)
                .collect(Collectors.toSet());
        assertThat(categories)
                .containsExactlyInAnyOrderElementsOf(DefaultRules.rules().stream()
                        .map(KeywordRule::categoryCode)
                        .collect(Collectors.toSet()));
        for (String category : categories) {
            List<String> texts = ExampleSentences.defaults().stream()
                    .filter(e -> e.categoryCode().equals(category))
                    .map(TrainingExample::text)
                    .toList();
            assertThat(texts).as(category).anyMatch(t -> t.chars().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff));
            assertThat(texts).as(category).anyMatch(t -> t.chars().allMatch(c -> c < 0x3000));
        }
    }

    @Test
    void aBadExampleLineIsRefusedWithItsNumber() {
        assertThatThrownBy(() -> ExampleSentences.parse("# examples\ntechnical.client | 闪退\nno bar here\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Line 3");
        assertThatThrownBy(() -> ExampleSentences.parse("Not A Code | 文本"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Line 1");
        assertThatThrownBy(() -> ExampleSentences.parse("technical.client |   "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Line 1");
    }

    private String category(String text) {
        return shipped.classify(encoder.encode(text), 0.0).orElseThrow().categoryCode();
    }
}
