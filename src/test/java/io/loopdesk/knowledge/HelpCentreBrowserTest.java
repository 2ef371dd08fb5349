package io.loopdesk.knowledge;

import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Chromium: a supervisor writes and publishes an article in the editor; a customer on a 375-px phone finds it in
 * the help centre without signing in and reads it, nothing wider than the screen.
 */
@IntegrationTest
@Tag("browser")
class HelpCentreBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Articles articles;

    @Test
    void anArticleWrittenInTheEditorIsReadOnAPhone() {
        TenantInfo tenant = fixtures.tenant();
        WebDriver desk = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(desk, fixtures.baseUrl(), fixtures.staff(tenant, Role.SUPERVISOR).username(), Fixtures.PASSWORD);
        desk.get(fixtures.baseUrl() + "/knowledge");
        desk.findElement(By.id("kb-new")).click();
        desk.findElement(By.id("title")).sendKeys("门锁离线怎么办");
        desk.findElement(By.id("category")).sendKeys("网络连接");
        desk.findElement(By.id("body"))
                .sendKeys("<h2>排查步骤</h2><ol><li>重启路由器</li><li>在 App 中重新配网</li></ol>"
                        + "<p>仍然离线请<a href=\"https://example.com/contact\">联系我们</a>。</p>");
        desk.findElement(By.id("article-save")).click();
        waitUntil(desk, d -> statusIs(d, "草稿"));
        desk.findElement(By.id("move-PUBLISHED")).click();
        waitUntil(desk, d -> statusIs(d, "已发布"));
        Browser.screenshot(desk, "test-kb-article-zh");

        WebDriver phone = browser.open(Browser.PHONE, "zh-CN");
        phone.get(fixtures.baseUrl() + "/help/" + tenant.code());
        assertThat(phone.findElement(By.tagName("h1")).getText()).contains("帮助中心");
        // a customer writing in Traditional Chinese finds the Simplified article, the matched words marked
        phone.findElement(By.id("help-q")).sendKeys("門鎖離線");
        phone.findElement(By.cssSelector("form.help-search button")).click();
        waitUntil(
                phone,
                d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        assertThat(phone.findElement(By.cssSelector("#search-results li a mark"))
                        .getText())
                .contains("门锁");
        Browser.screenshot(phone, "test-help-search-phone");
        phone.findElement(By.linkText("门锁离线怎么办")).click();
        assertThat(phone.findElements(By.cssSelector("#article-body li"))).hasSize(2);
        assertThat(phone.findElement(By.cssSelector("#article-body a")).getAttribute("rel"))
                .contains("noopener");
        long overflow = ((Number) ((JavascriptExecutor) phone)
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth"))
                .longValue();
        assertThat(overflow).isLessThanOrEqualTo(0);
        Browser.screenshot(phone, "test-help-centre-phone");
    }

    @Test
    void aCustomerWritingFeedbackOnAPhoneIsShownTheAnswerAndSendsNothing() {
        TenantInfo tenant = fixtures.tenant();
        io.loopdesk.identity.Actor editor = Fixtures.actor(fixtures.staff(tenant, Role.SUPERVISOR));
        long id = articles.create(
                        new ArticleDraft(
                                ArticleKind.TROUBLESHOOTING,
                                "扫地机器人找不到充电座",
                                "<p>把充电座放在墙边，左右各留出半米空地。</p>",
                                null,
                                "使用问题",
                                null,
                                "zh-CN",
                                java.util.List.of()),
                        null,
                        editor)
                .id();
        articles.move(id, ArticleStatus.PUBLISHED, editor);
        io.loopdesk.identity.UserView customer = fixtures.customer(tenant);

        WebDriver phone = browser.open(Browser.PHONE, "zh-CN");
        signIn(phone, fixtures.baseUrl(), customer.username(), Fixtures.PASSWORD);
        phone.get(fixtures.baseUrl() + "/portal/new");
        phone.findElement(By.id("title")).sendKeys("机器人回不了充电座");
        waitUntil(phone, d -> !d.findElements(By.id("solved-" + id)).isEmpty());
        assertThat(phone.findElement(By.cssSelector("#kb-suggestions-list a")).getText())
                .isEqualTo("扫地机器人找不到充电座");
        Browser.screenshot(phone, "test-portal-deflection-phone");
        phone.findElement(By.id("solved-" + id)).click();
        waitUntil(phone, d -> !d.findElements(By.id("portal-notice")).isEmpty());
        assertThat(phone.findElement(By.id("portal-notice")).getText()).contains("很高兴问题已解决");
        assertThat(phone.findElements(By.cssSelector("#my-tickets li"))).isEmpty();
    }

    /** Whether the article page shows this status; a page still being replaced shows none yet. */
    private static boolean statusIs(WebDriver driver, String status) {
        try {
            return driver.findElements(By.id("article-status")).stream()
                    .anyMatch(badge -> badge.getText().equals(status));
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return false;
        }
    }
}
