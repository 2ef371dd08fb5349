package io.loopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Readers help themselves: a brand's app lists, searches and reads the published articles with its key; while a
 * customer writes feedback in the portal or the app, matching articles are suggested and "this solved it" ends it
 * without a ticket, counted for the article; "was this helpful?" takes a yes or a no with a reason. Editors see the
 * counts on the article.
 */
@IntegrationTest
class DeflectionTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Articles articles;

    TenantInfo tenant;
    Actor editor;
    WebSession editorPages;
    long published;
    long draft;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        editor = Fixtures.actor(supervisor);
        editorPages = WebSession.signedIn(fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD, "zh-CN");
        published = articles.create(draft("门锁无法联网怎么办", "<p>长按复位键五秒，再在 App 中重新配网。</p>", "网络连接"), null, editor)
                .id();
        articles.move(published, ArticleStatus.PUBLISHED, editor);
        draft = articles.create(draft("门锁联网新方法", "<p>尚未发布。</p>", "网络连接"), null, editor)
                .id();
    }

    @Test
    void anAppListsSearchesAndReadsOnlyItsBrandsPublishedArticles() {
        Api app = fixtures.app(appKey(tenant));

        Api.Response list = app.get("/api/v1/kb/articles");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().findValuesAsString("title")).containsExactly("门锁无法联网怎么办");
        Api.Response found = app.get("/api/v1/kb/articles?q=" + encode("門鎖聯網"));
        assertThat(found.json().get(0).get("id").asLong()).isEqualTo(published);
        assertThat(found.json().get(0).get("titleHtml").asString()).contains("<mark>");
        Api.Response article = app.get("/api/v1/kb/articles/" + published);
        assertThat(article.text("bodyHtml")).contains("长按复位键五秒");
        assertThat(app.get("/api/v1/kb/articles/" + draft).status()).isEqualTo(404);
        assertThat(fixtures.app(appKey(fixtures.tenant()))
                        .get("/api/v1/kb/articles/" + published)
                        .status())
                .as("another brand's app")
                .isEqualTo(404);
        assertThat(fixtures.app("lda_not-a-key").get("/api/v1/kb/articles").status())
                .isEqualTo(401);
        assertThat(app.get("/api/v1/kb/articles?q=" + "锁".repeat(201)).status()).isEqualTo(400);
        assertThat(app.get("/api/v1/kb/articles?q=" + encode("AND OR ) ( \" *")).status())
                .isEqualTo(200);
    }

    @Test
    void anAppUsersThisSolvedItAndHelpfulAnswersAreCounted() {
        Api app = fixtures.app(appKey(tenant));

        Api.Response suggested = app.get("/api/v1/kb/suggestions?text=" + encode("我家的门锁突然无法联网了，重启也没用"));
        assertThat(suggested.json().findValuesAsString("title")).containsExactly("门锁无法联网怎么办");
        assertThat(app.post("/api/v1/kb/articles/" + published + "/solved", Map.of())
                        .status())
                .isEqualTo(204);
        assertThat(app.post("/api/v1/kb/articles/" + draft + "/solved", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(app.post("/api/v1/kb/articles/" + published + "/helpful", Map.of("helpful", false))
                        .status())
                .as("a no needs a reason")
                .isEqualTo(400);
        assertThat(app.post(
                                "/api/v1/kb/articles/" + published + "/helpful",
                                Map.of("helpful", false, "reason", "OUTDATED", "comment", "新版 App 菜单变了"))
                        .status())
                .isEqualTo(204);

        WebSession.Page page = editorPages.get("/knowledge/" + published);
        assertThat(page.html().select("#article-reactions").text())
                .contains("提交前已解决问题：1 次", "没有帮助：1", "内容已过时", "新版 App 菜单变了");
    }

    @Test
    void aCustomerWritingInThePortalIsShownTheArticleAndThisSolvedItSendsNothing() {
        UserView customer = fixtures.customer(tenant);
        WebSession portal = WebSession.signedIn(fixtures.baseUrl(), customer.username(), Fixtures.PASSWORD, "zh-CN");

        WebSession.Page suggestions = portal.get("/portal/kb/suggestions?title=" + encode("门锁无法联网") + "&description=");
        assertThat(suggestions.html().select("#kb-suggestions-list a").text()).contains("门锁无法联网怎么办");
        assertThat(portal.get("/portal/kb/suggestions?title=&description=")
                        .html()
                        .select("#kb-suggestions-list"))
                .isEmpty();
        portal.get("/portal/new");
        WebSession.Page after = portal.post("/portal/kb/articles/" + published + "/solved", Map.of());
        assertThat(after.url()).endsWith("/portal");
        assertThat(after.html().select("#portal-notice").text()).contains("很高兴问题已解决");
        assertThat(after.html().select("#my-tickets li")).isEmpty();
        assertThat(portal.post("/portal/kb/articles/" + draft + "/solved", Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(editorPages.get("/portal/kb/suggestions?title=x").status())
                .as("the desk does not use the customer's form")
                .isEqualTo(403);

        assertThat(editorPages
                        .get("/knowledge/" + published)
                        .html()
                        .select("#article-reactions")
                        .text())
                .contains("提交前已解决问题：1 次");
    }

    @Test
    void aHelpCentreReaderSaysWhetherItHelpedAndAMissingReasonIsAskedFor() {
        WebSession reader = WebSession.anonymous(fixtures.baseUrl(), "zh-CN");
        String path = "/help/" + tenant.code() + "/articles/" + published;
        reader.get(path);

        WebSession.Page yes = reader.post(path + "/helpful", Map.of("helpful", "true"));
        assertThat(yes.html().select("#helpful-thanks").text()).contains("感谢反馈");
        WebSession.Page noReason = reader.post(path + "/helpful", Map.of("helpful", "false", "comment", "太长了"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.html().select("#helpful-failure").text()).isEqualTo("请选择哪里不好。");
        assertThat(noReason.html().select("#helpful-comment").text()).isEqualTo("太长了");
        reader.post(path + "/helpful", Map.of("helpful", "false", "reason", "UNCLEAR", "comment", "太长了"));
        assertThat(reader.post("/help/" + tenant.code() + "/articles/" + draft + "/helpful", Map.of("helpful", "true"))
                        .status())
                .isEqualTo(404);

        assertThat(editorPages
                        .get("/knowledge/" + published)
                        .html()
                        .select("#article-reactions")
                        .text())
                .contains("有帮助：1", "没有帮助：1", "看不懂: 太长了");
    }

    private String appKey(TenantInfo owner) {
        Api admin = fixtures.api(fixtures.staff(owner, Role.TENANT_ADMIN));
        return admin.post("/api/v1/feedback-apps", Map.of("name", "Acme Home")).text("key");
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static ArticleDraft draft(String title, String body, String category) {
        return new ArticleDraft(ArticleKind.FAQ, title, body, null, category, null, "zh-CN", List.of());
    }
}
