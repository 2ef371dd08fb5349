package io.loopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** An article body keeps its structure and loses whatever could run in a reader's browser. */
class ArticleBodyTest {

    @Test
    void structureLinksImagesAndCodeStay() {
        String body = "<h2>步骤</h2><p>先<strong>重启</strong>路由器：</p><ol><li>拔电源</li><li>等 10 秒</li></ol>"
                + "<pre><code>ping 192.168.1.1</code></pre><p><a href=\"https://help.example.com/x\">说明</a>"
                + "<img src=\"https://cdn.example.com/a.png\" alt=\"接线图\"></p>"
                + "<table><tbody><tr><td>型号</td><td>X2</td></tr></tbody></table>";

        String clean = ArticleBody.clean(body);

        assertThat(clean)
                .contains("<h2>步骤</h2>", "<strong>重启</strong>", "<ol><li>拔电源</li>", "<pre><code>ping 192.168.1.1")
                .contains("<img src=\"https://cdn.example.com/a.png\" alt=\"接线图\">", "<td>X2</td>")
                .contains("href=\"https://help.example.com/x\"", "rel=\"noopener noreferrer nofollow\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "<img src=x onerror=alert(1)>",
                "<img src=\"javascript:alert(1)\">",
                "<a href=\"javascript:alert(1)\">x</a>",
                "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
                "<a href=\"&#106;avascript:alert(1)\">x</a>",
                "<svg onload=alert(1)>",
                "<body onload=alert(1)>",
                "<iframe src=\"https://evil.example\"></iframe>",
                "<div style=\"background:url(javascript:alert(1))\">x</div>",
                "<p onclick=\"alert(1)\">x</p>",
                "<object data=\"x.swf\"></object>",
                "<embed src=\"x.swf\">",
                "<form action=\"https://evil.example\"><input name=a></form>",
                "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
                "<img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\">",
                "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
                "<meta http-equiv=\"refresh\" content=\"0;url=https://evil.example\">",
                "<link rel=stylesheet href=\"https://evil.example/x.css\">",
                "<base href=\"https://evil.example/\">",
                "<scr<script>ipt>alert(1)</script>",
                "\"><script>alert(1)</script>"
            })
    void nothingThatRunsSurvives(String payload) {
        String clean = ArticleBody.clean("<p>正文</p>" + payload).toLowerCase(java.util.Locale.ROOT);

        assertThat(clean)
                .doesNotContain(
                        "<script",
                        "javascript:",
                        "onerror",
                        "onload",
                        "onclick",
                        "<iframe",
                        "<svg",
                        "<object",
                        "<embed",
                        "<form",
                        "<input",
                        "<style",
                        "style=",
                        "<meta",
                        "<link",
                        "<base",
                        "data:");
        assertThat(clean).contains("<p>正文</p>");
    }
}
