package io.loopdesk.intake.mail.mime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuoteTrimmerTest {

    private final QuoteTrimmer trimmer = new QuoteTrimmer();

    @Test
    void anEnglishReplyLosesTheQuotedMessageBelowItsAttribution() {
        String reply = """
                Thanks, that fixed it.

                On Mon, 23 Nov 2026 at 10:15, Loopdesk Support <support@loopdesk.example> wrote:
                > Please restart the router.
                > Best regards
                """;

        assertThat(trimmer.trim(reply)).isEqualTo("Thanks, that fixed it.");
    }

    @Test
    void anAttributionThatGmailWrappedOverTwoLinesIsFound() {
        String reply = """
                Still broken.

                On Mon, Nov 23, 2026 at 10:15 AM Loopdesk Support <
                support@loopdesk.example> wrote:
                > Please restart the router.
                """;

        assertThat(trimmer.trim(reply)).isEqualTo("Still broken.");
    }

    @Test
    void aChineseReplyLosesTheQuotedMessage() {
        String reply = """
                好的，谢谢，问题已经解决了。

                在 2026年11月23日 10:15，客服 <support@loopdesk.example> 写道：
                > 请您重启一下路由器。
                """;

        assertThat(trimmer.trim(reply)).isEqualTo("好的，谢谢，问题已经解决了。");
    }

    @Test
    void anOutlookReplyLosesItsHeaderBlock() {
        String reply = """
                Please call me back.

                ________________________________
                From: Loopdesk Support <support@loopdesk.example>
                Sent: Monday, November 23, 2026 10:15 AM
                To: Zhang Wei <zhang@example.cn>
                Subject: [Ticket#261123-000042] Your order

                Hello, how can we help?
                """;

        assertThat(trimmer.trim(reply)).isEqualTo("Please call me back.");
    }

    @Test
    void aFoxmailReplyLosesItsChineseHeaderBlock() {
        String reply = """
                收到，明天上午可以安排上门。

                发件人：客服 <support@loopdesk.example>
                发送时间：2026年11月23日(星期一) 上午10:15
                收件人：张伟 <zhang@example.cn>
                主题：[Ticket#261123-000042] 上门维修
                """;

        assertThat(trimmer.trim(reply)).isEqualTo("收到，明天上午可以安排上门。");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-----Original Message-----", "------------------ 原始邮件 ------------------"})
    void aSeparatorLineEndsTheReply(String separator) {
        assertThat(trimmer.trim("My answer.\n\n" + separator + "\nFrom: x\nOld text\n"))
                .isEqualTo("My answer.");
    }

    @Test
    void aSignatureAfterTheDashDashSeparatorIsCut() {
        String reply = """
                The printer works again.

                --\s
                Zhang Wei
                Example Ltd. | +86 138 1234 1234
                """;

        assertThat(trimmer.trim(reply)).isEqualTo("The printer works again.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sent from my iPhone", "发自我的iPhone", "发自我的 iPhone", "Get Outlook for Android"})
    void mobileSignaturesAreCut(String signature) {
        assertThat(trimmer.trim("OK, thanks!\n\n" + signature + "\n\n> old text\n"))
                .isEqualTo("OK, thanks!");
    }

    @Test
    void quotesWithAnswersBetweenThemAreKept() {
        String reply = """
                > Which model do you have?
                X2, bought in March.
                > Is the light on?
                No, it is off.
                """;

        assertThat(trimmer.trim(reply)).isEqualTo(reply);
    }

    @Test
    void onlyTheQuotesThatEndTheTextAreCut() {
        String reply = """
                > Which model do you have?
                X2, bought in March.

                > Anything else?
                > Regards
                """;

        assertThat(trimmer.trim(reply)).isEqualTo("> Which model do you have?\nX2, bought in March.");
    }

    @Test
    void aTextThatWouldBeLeftEmptyIsKeptWhole() {
        String forward = """
                -----Original Message-----
                From: someone@example.com
                Sent: Monday
                The printer is broken.
                """;

        assertThat(trimmer.trim(forward)).isEqualTo(forward);
        assertThat(trimmer.trim("> only a quote\n")).isEqualTo("> only a quote\n");
        assertThat(trimmer.trim("")).isEmpty();
    }

    @Test
    void aTextWithoutQuotesOrSignatureIsUnchanged() {
        String text = "My order 42 has not arrived.\nFrom: Shanghai, to: Beijing.\n";

        assertThat(trimmer.trim(text)).isEqualTo(text);
    }

    @Test
    void crlfLineEndsAreUnderstood() {
        assertThat(trimmer.trim("Fine.\r\n\r\nOn Monday, Support wrote:\r\n> hi\r\n"))
                .isEqualTo("Fine.");
    }
}
