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

/**
 * In Chromium: the ticket page offers the article for the ticket and "insert text" puts it into the reply box; a
 * reply template goes into the box with the ticket's values; a macro replies and moves the ticket in one click.
 */
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

    @Autowired
    io.loopdesk.knowledge.reply.ReplyTemplates templates;

    @Autowired
    io.loopdesk.knowledge.reply.Macros macros;

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

    @Test
    void anAgentUsesATemplateAndAppliesAMacro() {
        TenantInfo tenant = fixtures.tenant();
        Actor editor = Fixtures.actor(fixtures.staff(tenant, Role.SUPERVISOR));
        long received = templates.list(editor).stream()
                .filter(t -> t.name().equals("已受理"))
                .findFirst()
                .orElseThrow()
                .id();
        io.loopdesk.knowledge.reply.MacroView macro = macros.create(
                new io.loopdesk.knowledge.reply.MacroDraft(
                        "请客户补充信息",
                        templates.list(editor).stream()
                                .filter(t -> t.name().equals("请补充信息"))
                                .findFirst()
                                .orElseThrow()
                                .id(),
                        io.loopdesk.ticket.value.TicketStatus.WAITING_CUSTOMER,
                        null,
                        null,
                        true),
                editor);
        TicketView ticket = tickets.open(
                tenant.id(),
                Channel.WEB,
                Fixtures.validTicket().title("门锁离线").build(),
                Fixtures.actor(fixtures.customer(tenant)));

        WebDriver desk = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(desk, fixtures.baseUrl(), fixtures.staff(tenant, Role.AGENT).username(), Fixtures.PASSWORD);
        desk.get(fixtures.baseUrl() + "/tickets/" + ticket.number());
        waitUntil(desk, d -> !d.findElements(By.id("use-template-" + received)).isEmpty());
        desk.findElement(By.id("use-template-" + received)).click();
        waitUntil(
                desk, d -> d.findElement(By.id("body")).getDomProperty("value").contains(ticket.number()));
        assertThat(desk.findElement(By.id("body")).getDomProperty("value"))
                .startsWith("您的反馈我们已收到，工单号 " + ticket.number());

        desk.findElement(By.id("apply-macro-" + macro.id())).click();
        waitUntil(desk, d -> !d.findElements(By.cssSelector(".alert.ok")).isEmpty());
        assertThat(desk.findElement(By.cssSelector(".alert.ok")).getText()).isEqualTo("快捷操作已执行。");
        assertThat(desk.findElement(By.id("timeline")).getText()).contains("为了尽快帮您解决，请补充以下信息", "一、问题出现的时间和频率");
        Browser.screenshot(desk, "test-ticket-macro-applied");
    }
}
