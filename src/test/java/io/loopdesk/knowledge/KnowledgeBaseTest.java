package io.loopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.WebSession;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An editor writes an article, changes it, publishes it and rolls it back, every save a version; customers read it
 * in the help centre without signing in, and only while it is published; bad articles are refused field by field.
 */
@IntegrationTest
class KnowledgeBaseTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    BackgroundWork background;

    TenantInfo tenant;
    UserView supervisor;
    WebSession editor;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        editor = WebSession.signedIn(fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD, "zh-CN");
    }

    @Test
    void aPublishedArticleFallsDueForReviewAndItsEditorsAreToldOnce() {
        assertThat(editor.post("/knowledge/settings", Map.of("reviewMonths", "0"))
                        .text())
                .contains("复核周期为 1 到 24 个月");
        assertThat(editor.post("/knowledge/settings", Map.of("reviewMonths", "两个月"))
                        .text())
                .contains("复核周期为 1 到 24 个月");
        assertThat(editor.post("/knowledge/settings", Map.of("reviewMonths", "2"))
                        .html()
                        .select("#review-months")
                        .attr("value"))
                .isEqualTo("2");
        String id = editor.post("/knowledge", article("蓝牙配对失败", "<p>关闭手机蓝牙后重新打开。</p>"))
                .url()
                .replaceAll(".*/", "");
        assertThat(editor.post("/knowledge/" + id + "/status", Map.of("to", "PUBLISHED"))
                        .html()
                        .select("#article-review"))
                .isNotEmpty();

        background.advance(clock, Duration.ofDays(40));
        assertThat(editor.get("/knowledge").html().select("#review-due"))
                .as("two months are not up")
                .isEmpty();

        background.advance(clock, Duration.ofDays(25));
        assertThat(editor.get("/knowledge").html().select("#review-due").text()).contains("蓝牙配对失败");
        background.advance(clock, Duration.ofHours(3));
        assertThat(notices()).as("told once").hasSize(1);
        assertThat(notices().getFirst()).contains("蓝牙配对失败", "/knowledge/" + id);

        WebSession.Page reviewed = editor.post("/knowledge/" + id + "/reviewed", Map.of());
        assertThat(reviewed.text()).contains("已标记为已复核");
        assertThat(editor.get("/knowledge").html().select("#review-due")).isEmpty();
    }

    private List<String> notices() {
        return StreamSupport.stream(
                        fixtures.api(supervisor)
                                .get("/api/v1/notifications")
                                .get("notifications")
                                .spliterator(),
                        false)
                .map(node -> node.toString())
                .filter(text -> text.contains("蓝牙配对失败"))
                .toList();
    }

    @Test
    void anArticleIsWrittenPublishedRolledBackAndReadInTheHelpCentre() {
        WebSession.Page blank = editor.get("/knowledge/new");
        assertThat(blank.status()).isEqualTo(200);
        assertThat(blank.html().html()).doesNotContain("??");

        WebSession.Page created = editor.post(
                "/knowledge",
                article(
                        "门锁离线怎么办",
                        "<h2>步骤</h2><ol><li>重启路由器</li></ol><script>alert(1)</script>"
                                + "<img src=x onerror=alert(1)><a href=\"javascript:alert(1)\">点我</a>"));
        assertThat(created.status()).isEqualTo(200);
        assertThat(created.url()).matches(".*/knowledge/\\d+$");
        String id = created.url().substring(created.url().lastIndexOf('/') + 1);
        String body = created.html().select("#article-body").html();
        assertThat(body).contains("<h2>步骤</h2>", "<li>重启路由器</li>", "点我");
        assertThat(body).doesNotContain("script", "onerror", "javascript:");
        assertThat(created.html().select("#article-status").text()).isEqualTo("草稿");

        WebSession reader = WebSession.anonymous(fixtures.baseUrl(), "zh-CN");
        String help = "/help/" + tenant.code();
        assertThat(reader.get(help).text())
                .as("a draft is not in the help centre")
                .doesNotContain("门锁离线");
        assertThat(reader.get(help + "/articles/" + id).status()).isEqualTo(404);

        Map<String, String> changed = article("门锁离线的排查步骤", "<h2>步骤</h2><ol><li>重启路由器</li><li>重新配网</li></ol>");
        changed.put("note", "补充第二步");
        assertThat(editor.post("/knowledge/" + id, changed)
                        .html()
                        .select("#article-title")
                        .text())
                .isEqualTo("门锁离线的排查步骤");
        WebSession.Page published = editor.post("/knowledge/" + id + "/status", Map.of("to", "PUBLISHED"));
        assertThat(published.html().select("#article-status").text()).isEqualTo("已发布");

        WebSession.Page centre = reader.get(help);
        assertThat(centre.status()).isEqualTo(200);
        assertThat(centre.text()).contains("网络", "门锁离线的排查步骤");
        WebSession.Page page = reader.get(help + "/articles/" + id);
        assertThat(page.html().select("#article-body").html()).contains("<li>重新配网</li>");

        // what version 2 changed: the title, and one list item added
        WebSession.Page changes = editor.get("/knowledge/" + id + "/versions/2/changes");
        assertThat(changes.html().select("#changed-fields tbody tr").text()).isEqualTo("标题 门锁离线怎么办 门锁离线的排查步骤");
        assertThat(changes.html().select("#changed-body .diff-added").text()).contains("重新配网");
        assertThat(changes.html().select("#changed-body .diff-kept").text()).contains("步骤", "重启路由器");
        assertThat(changes.html().select("#changed-body .diff-removed")).isEmpty();
        assertThat(editor.get("/knowledge/" + id + "/versions/9/changes").status())
                .isEqualTo(404);

        // back to the first text: a third version, still published
        WebSession.Page rolledBack = editor.post("/knowledge/" + id + "/versions/1/rollback", Map.of());
        assertThat(rolledBack.html().select("#article-title").text()).isEqualTo("门锁离线怎么办");
        assertThat(rolledBack.html().select("#versions tbody tr")).hasSize(3);
        assertThat(rolledBack.html().select("#version-2").text()).contains("补充第二步");
        assertThat(rolledBack.html().select("#version-3").text()).contains("↩ 1");
        assertThat(reader.get(help + "/articles/" + id)
                        .html()
                        .select("#article-title")
                        .text())
                .isEqualTo("门锁离线怎么办");

        // nobody else's help centre has it; archived, it is gone from this one too
        TenantInfo other = fixtures.tenant();
        assertThat(reader.get("/help/" + other.code()).text()).doesNotContain("门锁离线");
        assertThat(reader.get("/help/" + other.code() + "/articles/" + id).status())
                .isEqualTo(404);
        assertThat(reader.get("/help/no-such-tenant").status()).isEqualTo(404);
        editor.post("/knowledge/" + id + "/status", Map.of("to", "ARCHIVED"));
        assertThat(reader.get(help).text()).doesNotContain("门锁离线");
        assertThat(reader.get(help + "/articles/" + id).status()).isEqualTo(404);
    }

    @Test
    void aBadArticleIsRefusedFieldByFieldAndNothingIsSaved() {
        Map<String, String> bad = article(" ", "<script>alert(1)</script>");
        bad.put("kind", "VIDEO");
        bad.put("videoUrl", "javascript:alert(1)");
        bad.put("language", "fr");
        WebSession.Page refused = editor.post("/knowledge", bad);
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.html().select(".field.invalid")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(refused.text()).contains("文章标题需要", "视频地址须为", "文章语言须为");
        assertThat(editor.get("/knowledge").html().select("#articles tbody tr")).isEmpty();
    }

    @Test
    void agentsReadButDoNotEditAndCustomersSeeNoDrafts() {
        String id = editor.post("/knowledge", article("指纹录入失败", "<p>清洁传感器后重试。</p>"))
                .url()
                .replaceAll(".*/", "");
        WebSession agent = WebSession.signedIn(
                fixtures.baseUrl(), fixtures.staff(tenant, Role.AGENT).username(), Fixtures.PASSWORD, "en");
        assertThat(agent.get("/knowledge/" + id).html().select("#article-title").text())
                .isEqualTo("指纹录入失败");
        assertThat(agent.get("/knowledge/" + id).html().select("#article-edit")).isEmpty();
        assertThat(agent.post("/knowledge/" + id + "/status", Map.of("to", "PUBLISHED"))
                        .status())
                .isEqualTo(403);

        WebSession customer = WebSession.signedIn(
                fixtures.baseUrl(), fixtures.customer(tenant).username(), Fixtures.PASSWORD, "zh-CN");
        assertThat(customer.get("/knowledge/" + id).status()).isEqualTo(403);
    }

    private static Map<String, String> article(String title, String body) {
        Map<String, String> form = new HashMap<>();
        form.put("kind", "TROUBLESHOOTING");
        form.put("title", title);
        form.put("body", body);
        form.put("category", "网络");
        form.put("product", "智能门锁 X2");
        form.put("language", "zh-CN");
        form.put("tags", "离线, 网络");
        return form;
    }
}
