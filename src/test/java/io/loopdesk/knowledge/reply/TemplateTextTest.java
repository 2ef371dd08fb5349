package io.loopdesk.knowledge.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Variables are filled, points are numbered per run, unknown variables are named. */
class TemplateTextTest {

    private static final Map<String, String> VALUES =
            Map.of("customer", "王女士", "number", "261205-000001", "eta", "2026-12-07 18:00");

    @Test
    void variablesAreFilledAndPointsNumberedInChineseOrArabic() {
        String text = "{customer}您好，工单 {number} 处理如下：\n- 重启路由器\n-   重新配网\n预计 {eta} 前完成。\n- 另一组第一点";

        assertThat(TemplateText.render(text, VALUES, Numbering.CHINESE))
                .isEqualTo("王女士您好，工单 261205-000001 处理如下：\n一、重启路由器\n二、重新配网\n预计 2026-12-07 18:00 前完成。\n一、另一组第一点");
        assertThat(TemplateText.render("- a\n- b", VALUES, Numbering.ARABIC)).isEqualTo("1. a\n2. b");
    }

    @Test
    void chineseNumeralsCountPastTen() {
        assertThat(Numbering.CHINESE.marker(10)).isEqualTo("十、");
        assertThat(Numbering.CHINESE.marker(12)).isEqualTo("十二、");
        assertThat(Numbering.CHINESE.marker(20)).isEqualTo("二十、");
        assertThat(Numbering.CHINESE.marker(99)).isEqualTo("九十九、");
    }

    @Test
    void unknownVariablesAreNamedOnceAndAValueWithDollarSignsIsKept() {
        assertThat(TemplateText.unknownVariables("{customer} {name} {name} {eta} {订单}"))
                .containsExactly("{name}");
        assertThat(TemplateText.render("{customer}", Map.of("customer", "$1 \\ok"), Numbering.ARABIC))
                .isEqualTo("$1 \\ok");
        assertThat(TemplateText.render("{agent}", Map.of(), Numbering.ARABIC)).isEqualTo("{agent}");
    }

    @Test
    void theOpeningAndClosingGoAroundOnceAndAreNotAddedTwice() {
        ReplyWrap wrap = new ReplyWrap("您好，{customer}：", "祝您生活愉快！");

        assertThat(wrap.around("问题已解决。", VALUES)).isEqualTo("您好，王女士：\n问题已解决。\n祝您生活愉快！");
        assertThat(wrap.around("您好，王女士：\n问题已解决。\n祝您生活愉快！", VALUES)).isEqualTo("您好，王女士：\n问题已解决。\n祝您生活愉快！");
        assertThat(ReplyWrap.NONE.around(" 问题已解决。 ", VALUES)).isEqualTo("问题已解决。");
    }
}
