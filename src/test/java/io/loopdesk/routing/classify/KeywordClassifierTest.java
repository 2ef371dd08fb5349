package io.loopdesk.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeywordClassifierTest {

    static final TextAnalyzer ANALYZER = new TextAnalyzer();

    final KeywordClassifier classifier = new KeywordClassifier(
            List.of(
                    new KeywordRule("technical.client", 3, "无法登录", "闪退", "crash", "cannot log in"),
                    new KeywordRule("technical.client", 2, "登录"),
                    new KeywordRule("technical.stream", 3, "音画不同步", "卡顿", "black screen"),
                    new KeywordRule("technical.stream", 2, "不同步", "lag"),
                    new KeywordRule("technical.stream", 1, "延迟"),
                    new KeywordRule("content.co-streaming", 3, "连麦"),
                    new KeywordRule("commercial.delivery", 3, "发货延迟"),
                    new KeywordRule("commercial.returns", 3, "退货"),
                    new KeywordRule("commercial.returns", 1, "退款"),
                    new KeywordRule("commercial.logistics", 3, "物流")),
            ANALYZER);

    @Test
    void aPhraseMatchesAcrossTheWordsSmartcnCutItInto() {
        assertThat(category("今天早上开始无法登录 App")).contains("technical.client"); // 无法|登录
    }

    @Test
    void aPhraseMatchesHoweverTheContextChangesItsSegmentation() {
        // alone smartcn cuts 音|画|不同|步, in this sentence 音|画|不|同步
        assertThat(ANALYZER.tokens("音画不同步，声音比画面快两秒")).startsWith("音", "画", "不", "同步");

        assertThat(classifier.classify("音画不同步，声音比画面快两秒").orElseThrow().evidence())
                .containsExactly("音画不同步");
    }

    @Test
    void aPhraseDoesNotMatchInsideAnotherWord() {
        String noMicrophone = "主播连麦克风都没有，声音全是杂音"; // 连|麦克风: "not even a microphone"
        String launcher = "游戏登录器下载不了"; // 登录器: a launcher, one word

        assertThat(noMicrophone).contains("连麦");
        assertThat(launcher).contains("登录");
        assertThat(classifier.classify(noMicrophone)).isEmpty();
        assertThat(classifier.classify(launcher)).isEmpty();
    }

    @Test
    void aStemDoesNotMatchInsideAnotherWord() {
        assertThat(classifier.classify("My account was flagged as risky")).isEmpty(); // contains "lag"
    }

    @Test
    void englishPhrasesMatchEveryFormOfTheirWords() {
        assertThat(category("The app crashes whenever I open it")).contains("technical.client");
        assertThat(category("It crashed twice today")).contains("technical.client");
        assertThat(category("Viewers see black screens")).contains("technical.stream");
        assertThat(category("The stream is lagging")).contains("technical.stream");
    }

    @Test
    void punctuationBreaksAPhrase() {
        assertThat(classifier.classify("无法，登录").orElseThrow().evidence()).containsExactly("登录");
    }

    @Test
    void chineseAndEnglishInOneTextBothCount() {
        Suggestion suggestion =
                classifier.classify("App 一打开就闪退, it crashes every time").orElseThrow();

        assertThat(suggestion.categoryCode()).isEqualTo("technical.client");
        assertThat(suggestion.evidence()).containsExactlyInAnyOrder("闪退", "crash");
    }

    @Test
    void aPhraseInsideALongerMatchedPhraseDoesNotCount() {
        Suggestion suggestion = classifier.classify("下单十天了，发货延迟也不说一声").orElseThrow();

        assertThat(suggestion.categoryCode()).isEqualTo("commercial.delivery");
        assertThat(suggestion.evidence()).containsExactly("发货延迟");
        assertThat(suggestion.confidence()).isEqualTo(1 - Math.exp(-3 / 2.0));
    }

    @Test
    void aPhraseGluedToItsNeighbourIsMissedAndAShorterOneCatchesIt() {
        // smartcn cuts 直|播音|画|不|同步: 音画不同步 would have to start inside 播音
        Suggestion suggestion = classifier.classify("直播音画不同步怎么办").orElseThrow();

        assertThat(suggestion.categoryCode()).isEqualTo("technical.stream");
        assertThat(suggestion.evidence()).containsExactly("不同步");
    }

    @Test
    void aClearMatchIsConfident() {
        Suggestion suggestion = classifier.classify("更新以后一直闪退，现在也无法登录").orElseThrow();

        assertThat(suggestion.categoryCode()).isEqualTo("technical.client");
        assertThat(suggestion.method()).isEqualTo(Suggestion.Method.RULE);
        assertThat(suggestion.evidence()).containsExactly("闪退", "无法登录");
        assertThat(suggestion.confidence()).isGreaterThan(0.9); // 1 - e^-3
    }

    @Test
    void phrasesOfTwoCategoriesMakeAnAmbiguousGuess() {
        Suggestion suggestion = classifier.classify("退货寄回去了，物流一直不更新").orElseThrow();

        assertThat(suggestion.categoryCode()).isEqualTo("commercial.returns"); // the tie goes to the first phrase
        assertThat(suggestion.confidence()).isLessThan(0.4); // half of 0.78
    }

    @Test
    void moreEvidenceForOneCategoryOutweighsAHint() {
        Suggestion suggestion = classifier.classify("退货以后退款一直没到账").orElseThrow();

        assertThat(suggestion.categoryCode()).isEqualTo("commercial.returns");
        assertThat(suggestion.confidence()).isGreaterThan(0.85);
    }

    @Test
    void oneWeakPhraseAloneIsNotConfident() {
        Suggestion suggestion = classifier.classify("延迟有点高").orElseThrow();

        assertThat(suggestion.categoryCode()).isEqualTo("technical.stream");
        assertThat(suggestion.confidence()).isLessThan(0.4);
    }

    @Test
    void aPhraseCountsOnceHoweverOftenItOccurs() {
        assertThat(confidence("延迟延迟，延迟！还是延迟")).isEqualTo(confidence("延迟"));
    }

    @Test
    void nothingMatchedGivesNoSuggestion() {
        assertThat(classifier.classify("今天天气不错，谢谢你们")).isEmpty();
        assertThat(classifier.classify("Thank you for the quick help")).isEmpty();
    }

    @Test
    void emptyBlankAndHugeTextsAreHandled() {
        assertThat(classifier.classify("")).isEmpty();
        assertThat(classifier.classify("   \n ")).isEmpty();
        String huge = "今天天气不错，".repeat(15_000) + "结果一打开就闪退";

        assertThat(huge.length()).isGreaterThan(100_000);
        assertThat(category(huge)).contains("technical.client");
    }

    @Test
    void aPhraseWithoutWordsIsRefused() {
        List<KeywordRule> rules = List.of(new KeywordRule("technical.client", 1, "？！"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new KeywordClassifier(rules, ANALYZER))
                .withMessageContaining("？！");
    }

    Optional<String> category(String text) {
        return classifier.classify(text).map(Suggestion::categoryCode);
    }

    double confidence(String text) {
        return classifier.classify(text).orElseThrow().confidence();
    }
}
