package io.loopdesk.routing.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeywordRuleTest {

    @Test
    void phrasesAreStrippedAndDuplicatesDropped() {
        KeywordRule rule = new KeywordRule("technical.client", 3, " 闪退 ", "闪退", "crash");

        assertThat(rule.phrases()).containsExactly("闪退", "crash");
    }

    @ParameterizedTest
    @ValueSource(strings = {"technical", "technical.stream", "commercial.not-as-described", "tier_2.a-b"})
    void categoryCodesHaveOneOrTwoLevels(String code) {
        assertThat(new KeywordRule(code, 1, "x").categoryCode()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Technical", "technical.stream.lag", "technical.", ".stream", "技术", "a b"})
    void malformedCategoryCodesAreRefused(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> new KeywordRule(code, 1, "x"));
    }

    @Test
    void aRuleNeedsPhrasesAndAWeightFromOneToTen() {
        assertThatIllegalArgumentException().isThrownBy(() -> new KeywordRule("suggestion", List.of(), 1));
        assertThatIllegalArgumentException().isThrownBy(() -> new KeywordRule("suggestion", 1, " "));
        assertThatIllegalArgumentException().isThrownBy(() -> new KeywordRule("suggestion", 1, "建".repeat(101)));
        assertThatIllegalArgumentException().isThrownBy(() -> new KeywordRule("suggestion", 0, "建议"));
        assertThatIllegalArgumentException().isThrownBy(() -> new KeywordRule("suggestion", 11, "建议"));
    }

    @Test
    void aRuleFileGroupsConsecutiveLinesOfOneCategoryAndWeight() {
        String file = """
                # category | weight | phrase
                technical.client | 3 | 闪退
                technical.client | 3 | crash

                technical.client | 2 | 登录
                suggestion | 3 | 建议
                """;

        assertThat(RuleFile.parse(file))
                .containsExactly(
                        new KeywordRule("technical.client", 3, "闪退", "crash"),
                        new KeywordRule("technical.client", 2, "登录"),
                        new KeywordRule("suggestion", 3, "建议"));
    }

    @Test
    void aRuleFileReadsBackWhatWasWritten() {
        List<KeywordRule> rules =
                List.of(new KeywordRule("content.vulgar", 3, "低俗", "vulgar"), new KeywordRule("consultation", 1, "请问"));

        assertThat(RuleFile.parse(RuleFile.format(rules))).isEqualTo(rules);
    }

    @Test
    void aBrokenLineIsReportedByNumber() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleFile.parse("suggestion | 3 | 建议\nsuggestion | 3\n"))
                .withMessageStartingWith("Line 2:");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleFile.parse("\nsuggestion | high | 建议"))
                .withMessageStartingWith("Line 2:");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RuleFile.parse("Suggestion | 3 | 建议"))
                .withMessageStartingWith("Line 1:");
    }
}
