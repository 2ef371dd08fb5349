package io.loopdesk.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.DomainException;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Articles are found by their words: Chinese segmented into words, Traditional folded to Simplified, English
 * stemmed; a title match ranks above a mention in the text; customers find only published articles of their own
 * tenant; any query gives results or a clear refusal.
 */
@IntegrationTest
class ArticleSearchTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Articles articles;

    @Autowired
    ArticleSearch search;

    TenantInfo tenant;
    Actor editor;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        editor = Fixtures.actor(fixtures.staff(tenant, Role.SUPERVISOR));
    }

    @Test
    void chineseIsFoundByItsWordsInSimplifiedOrTraditionalAndEnglishByItsStem() {
        long login = published("无法登录怎么办", "<p>请先确认网络连接正常，再清除应用缓存后重新登录。</p>", "zh-CN");
        long crash = published(
                "App crashes on start", "<p>Update to version 3.2; older versions crashed on Android 14.</p>", "en");
        long bluetooth = published("蓝牙配对失败", "<p>关闭手机蓝牙后重新打开，再次配对 X2 门锁。</p>", "zh-CN");

        assertThat(ids("登录")).containsExactly(login);
        assertThat(ids("無法登錄")).as("Traditional folded to Simplified").startsWith(login);
        assertThat(ids("網絡連接")).as("Traditional words in the text").containsExactly(login);
        assertThat(ids("crash")).as("English stemmed").containsExactly(crash);
        assertThat(ids("android 14 崩溃")).contains(crash);
        assertThat(ids("x2 门锁")).as("mixed Latin and Chinese").startsWith(bluetooth);
        assertThat(ids("退款")).isEmpty();
    }

    @Test
    void aTitleMatchRanksAboveAMentionInTheText() {
        long mentions = published("设备离线排查", "<p>如果门锁无法开锁，先检查电池，再看网关是否离线。</p>", "zh-CN");
        long titled = published("门锁无法开锁", "<p>换上新电池后按住复位键五秒。</p>", "zh-CN");

        assertThat(ids("无法开锁")).containsExactly(titled, mentions);
        ArticleHit best = search.published(tenant.id(), "开锁", null, 10).getFirst();
        assertThat(best.titleHtml()).isEqualTo("门锁无法<mark>开锁</mark>");
        assertThat(search.published(tenant.id(), "网关", null, 10).getFirst().snippetHtml())
                .contains("<mark>网关</mark>");
    }

    @Test
    void customersFindOnlyPublishedArticlesOfTheirOwnTenantInTheirLanguage() {
        long published = published("发票如何开具", "<p>在订单页点击申请发票。</p>", "zh-CN");
        ArticleView draft = articles.create(draft("发票抬头修改", "<p>草稿：发票抬头修改。</p>", "zh-CN"), null, editor);
        long archived = published("发票旧流程", "<p>旧的发票流程。</p>", "zh-CN");
        articles.move(archived, ArticleStatus.ARCHIVED, editor);
        TenantInfo other = fixtures.tenant();
        Actor otherEditor = Fixtures.actor(fixtures.staff(other, Role.SUPERVISOR));
        ArticleView theirs = articles.create(draft("发票", "<p>别家的发票说明。</p>", "zh-CN"), null, otherEditor);
        articles.move(theirs.id(), ArticleStatus.IN_REVIEW, otherEditor);
        articles.move(theirs.id(), ArticleStatus.PUBLISHED, otherEditor);

        assertThat(ids("发票")).containsExactly(published);
        assertThat(search.published(tenant.id(), "发票", "en", 10)).isEmpty();
        assertThat(search.published(other.id(), "发票", null, 10))
                .extracting(ArticleHit::id)
                .containsExactly(theirs.id());
        assertThat(draft.id()).isNotIn(ids("抬头"));
    }

    @Test
    void anEditedArticleIsFoundByItsNewWordsOnly() {
        long id = published("更换滤芯", "<p>每六个月更换一次滤芯。</p>", "zh-CN");
        articles.edit(id, draft("更换滤网", "<p>每三个月清洗一次滤网。</p>", "zh-CN"), "新型号", editor);

        assertThat(ids("滤网")).containsExactly(id);
        assertThat(ids("滤芯")).isEmpty();
    }

    @Test
    void operatorsPunctuationAndMarkupAreWordsOrNothingAndATooLongQueryIsRefused() {
        long id = published("密码重置", "<p>在登录页点击“忘记密码”。</p>", "zh-CN");

        assertThat(ids("密码 AND (重置 OR \"")).contains(id);
        assertThat(ids("*?~^:[]{}!")).isEmpty();
        assertThat(ids("。，！？")).isEmpty();
        assertThat(ids("   ")).isEmpty();
        assertThat(search.published(tenant.id(), "<script>alert(1)</script>密码", null, 10)
                        .getFirst()
                        .titleHtml())
                .isEqualTo("<mark>密码</mark>重置");
        assertThatThrownBy(() -> ids("密码".repeat(101)))
                .isInstanceOfSatisfying(
                        DomainException.class, e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID));
    }

    @Test
    void theHelpCentreSearchesPublishedArticlesAndRefusesATooLongQueryInTheReadersLanguage() {
        long id = published("如何申请退款", "<p>在订单详情页点击“申请退款”，<b>三个工作日</b>内到账。</p>", "zh-CN");
        articles.create(draft("退款草稿", "<p>尚未发布的退款说明。</p>", "zh-CN"), null, editor);
        WebSession reader = WebSession.anonymous(fixtures.baseUrl(), "zh-CN");
        String help = "/help/" + tenant.code();

        WebSession.Page found = reader.get(help + "?q=" + encode("退款 到账"));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.html().select("#search-results li")).hasSize(1);
        assertThat(found.html().select("#search-results a").attr("href")).endsWith("/articles/" + id);
        assertThat(found.html().select("#search-results mark").eachText()).contains("退款");
        WebSession.Page markup = reader.get(help + "?q=" + encode("<img src=x onerror=alert(1)>"));
        assertThat(markup.html().select("#content img"))
                .as("a query is shown as text")
                .isEmpty();
        assertThat(markup.html().select("#content h1").text()).contains("<img src=x onerror=alert(1)>");
        assertThat(reader.get(help + "?q=" + encode("？！")).text()).contains("没有找到相关文章");

        WebSession.Page tooLong = reader.get(help + "?q=" + "退款".repeat(101));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.html().select("#search-failure").text()).isEqualTo("搜索内容最多 200 个字。");
        assertThat(WebSession.anonymous(fixtures.baseUrl(), "en")
                        .get(help + "?q=" + "refund".repeat(40))
                        .html()
                        .select("#search-failure")
                        .text())
                .isEqualTo("A search is at most 200 characters long.");
    }

    private static String encode(String query) {
        return java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8);
    }

    private List<Long> ids(String query) {
        return search.published(tenant.id(), query, null, 10).stream()
                .map(ArticleHit::id)
                .toList();
    }

    private long published(String title, String body, String language) {
        ArticleView article = articles.create(draft(title, body, language), null, editor);
        articles.move(article.id(), ArticleStatus.IN_REVIEW, editor);
        articles.move(article.id(), ArticleStatus.PUBLISHED, editor);
        return article.id();
    }

    private static ArticleDraft draft(String title, String body, String language) {
        return new ArticleDraft(ArticleKind.FAQ, title, body, null, null, null, language, List.of());
    }
}
