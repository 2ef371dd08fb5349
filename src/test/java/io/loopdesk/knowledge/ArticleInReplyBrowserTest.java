package io.loopdesk.knowledge;

import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.view.TicketView;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/** In Chromium: the ticket page offers the article for the ticket; "insert text" puts it into the reply box. */
@IntegrationTest
@Tag("browser")
class ArticleInReplyBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Articles articles;

    @Autowired
    Tickets tickets;

    @Test
    void anAgentInsertsAnArticleIntoTheReply() {
        TenantInfo tenant = fixtures.tenant();
        Actor editor = Fixtures.actor(fixtures.staff(tenant, Role.SUPERVISOR));
        long id = articles.create(
                        new ArticleDraft(
                                ArticleKind.TROUBLESHOOTING,
                                "门锁连不上 WiFi",
                                "<ol><li>确认路由器是 2.4 GHz。</li><li>长按复位键五秒后重新配网。</li></ol>",
                                null,
                                null,
                                null,
                                "zh-CN",
                                List.of()),
                        null,
                        editor)
                .id();
        articles.move(id, ArticleStatus.PUBLISHED, editor);
        TicketView ticket = tickets.open(
                tenant.id(),
                Channel.WEB,
                Fixtures.validTicket().title("门锁无法连接 WiFi").build(),
                Fixtures.actor(fixtures.customer(tenant)));

        WebDriver desk = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(desk, fixtures.baseUrl(), fixtures.staff(tenant, Role.AGENT).username(), Fixtures.PASSWORD);
        desk.get(fixtures.baseUrl() + "/tickets/" + ticket.number());
        waitUntil(desk, d -> !d.findElements(By.id("insert-text-" + id)).isEmpty());
        desk.findElement(By.id("body")).sendKeys("您好，请按下面的步骤试一下：");
        desk.findElement(By.id("insert-text-" + id)).click();
        waitUntil(
                desk, d -> d.findElement(By.id("body")).getDomProperty("value").contains("长按复位键"));
        assertThat(desk.findElement(By.id("body")).getDomProperty("value"))
                .startsWith("您好，请按下面的步骤试一下：\n门锁连不上 WiFi\n\n1. 确认路由器是 2.4 GHz。\n2. 长按复位键");
        Browser.screenshot(desk, "test-ticket-insert-article");
    }
}
