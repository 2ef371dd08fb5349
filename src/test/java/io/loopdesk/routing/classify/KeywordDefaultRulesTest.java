package io.loopdesk.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ready-made rules cover the categories and typical phrases of the requirements (§4, seed 002). */
class KeywordDefaultRulesTest {

    static final KeywordClassifier DEFAULTS = new KeywordClassifier(DefaultRules.rules());

    @Test
    void everyCategoryOfTheRequirementsHasRulesInBothLanguages() {
        var categories = DefaultRules.rules().stream()
                .map(KeywordRule::categoryCode)
                .distinct()
                .toList();

        assertThat(categories)
                .containsExactlyInAnyOrder(
                        "technical.stream",
                        "technical.client",
                        "technical.network",
                        "technical.server",
                        "content.vulgar",
                        "content.false-ads",
                        "content.harassment",
                        "content.co-streaming",
                        "commercial.quality",
                        "commercial.not-as-described",
                        "commercial.delivery",
                        "commercial.logistics",
                        "commercial.returns",
                        "commercial.merchant-attitude",
                        "suggestion",
                        "consultation");
        for (String category : categories) {
            var phrases = DefaultRules.rules().stream()
                    .filter(rule -> rule.categoryCode().equals(category))
                    .flatMap(rule -> rule.phrases().stream())
                    .toList();
            assertThat(phrases).as(category).anyMatch(p -> p.matches(".*\\p{IsHan}.*"));
            assertThat(phrases).as(category).anyMatch(p -> p.matches("[\\p{IsLatin} '-]+"));
        }
    }

    @Test
    void theFileReadsBackAsTheSameRules() {
        assertThat(RuleFile.parse(RuleFile.format(DefaultRules.rules()))).isEqualTo(DefaultRules.rules());
    }

    @ParameterizedTest
    @CsvSource({
        "直播一直卡顿,                    technical.stream",
        "观众那边黑屏了,                  technical.stream",
        "直播音画不同步,                  technical.stream",
        "Viewers see a black screen,      technical.stream",
        "回放录制失败,                    technical.client",
        "账号无法登录,                    technical.client",
        "登录异常，提示账号存在风险,      technical.client",
        "App 打开就闪退,                  technical.client",
        "The app keeps crashing,          technical.client",
        "门锁显示离线,                    technical.network",
        "云存储的录像全部无法回放,        technical.server",
        "主播内容低俗,                    content.vulgar",
        "主播虚假宣传,                    content.false-ads",
        "在直播间被人骚扰,                content.harassment",
        "有人恶意连麦,                    content.co-streaming",
        "衣服质量太差,                    commercial.quality",
        "收到的货不对板,                  commercial.not-as-described",
        "Item not as described,           commercial.not-as-described",
        "发货延迟好几天,                  commercial.delivery",
        "物流信息一直没更新,              commercial.logistics",
        "退换货太麻烦,                    commercial.returns",
        "商家态度恶劣,                    commercial.merchant-attitude",
        "The merchant was rude,           commercial.merchant-attitude",
        "建议增加倍速播放,                suggestion",
        "功能缺失，希望补上,              suggestion",
        "请问新主播怎么开通带货,          consultation",
        "How do I share a camera?,        consultation"
    })
    void typicalPhrasesOfTheRequirementsFindTheirCategory(String text, String category) {
        Suggestion suggestion = DEFAULTS.classify(text).orElseThrow();

        assertThat(suggestion.categoryCode()).isEqualTo(category);
        assertThat(suggestion.confidence()).isGreaterThanOrEqualTo(0.6);
    }
}
