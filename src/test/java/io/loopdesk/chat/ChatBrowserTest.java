package io.loopdesk.chat;

import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.text;
import static io.loopdesk.testing.Pages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.routing.Presence;
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
 * In Chromium: a visitor on a 375-px phone starts a chat on the desk's chat page; an agent sees it appear in the
 * console without reloading, opens it and answers; the visitor sees the answer under the agent's name, HTML shown
 * as text, and after reloading the page the conversation is still there, each message once. The agent ends it and
 * finds the transcript on a ticket.
 */
@IntegrationTest
@Tag("browser")
class ChatBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Presence presence;

    @Test
    void aVisitorOnAPhoneAndAnAgentInTheConsoleTalkAndAReloadKeepsTheConversation() throws Exception {
        TenantInfo tenant = fixtures.tenant();
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        presence.goOnDuty(Fixtures.actor(agent)); // with nobody on duty the page offers to leave a message instead
        WebDriver desk = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(desk, fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD);
        desk.get(fixtures.baseUrl() + "/chat");
        assertThat(text(desk, "h1")).isEqualTo("在线客服");
        waitUntil(
                desk,
                d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript(
                                "return !!document.querySelector('.chat-console') && window.StompJs !== undefined")));

        WebDriver phone = browser.open(Browser.PHONE, "zh-CN");
        phone.get(fixtures.baseUrl() + "/chat/w/" + tenant.code());
        assertThat(text(phone, "h1")).contains("在线客服");
        phone.findElement(By.id("chat-name")).sendKeys("小李");
        phone.findElement(By.cssSelector("#chat-start button")).click();
        // the only agent on duty has room: the chat is theirs at once, the visitor sees who, the agent hears of it
        waitUntil(phone, d -> text(d, "#chat-status").contains(agent.displayName() + " 正在为您服务"));
        waitUntil(desk, d -> d.findElement(By.id("chat-incoming")).isDisplayed());
        assertThat(text(desk, "#chat-incoming")).contains("有新会话分配给您").contains("小李");

        // a second visitor, in another browser: the console holds both chats
        WebDriver second = browser.open(Browser.PHONE, "zh-CN");
        second.get(fixtures.baseUrl() + "/chat/w/" + tenant.code());
        second.findElement(By.id("chat-name")).sendKeys("老周");
        second.findElement(By.cssSelector("#chat-start button")).click();
        waitUntil(second, d -> text(d, "#chat-status").contains(agent.displayName()));
        waitUntil(desk, d -> text(d, "#chat-board").contains("老周"));
        phone.findElement(By.id("chat-body")).sendKeys("门锁<b>离线</b>了，怎么办？");
        phone.findElement(By.cssSelector("#chat-send button")).click();
        waitUntil(
                phone,
                d -> d.findElements(By.cssSelector("#chat-lines li[data-seq='1']"))
                                .size()
                        == 1);

        // the console lists the new chat without a reload
        waitUntil(desk, d -> text(d, "#chat-board").contains("小李"));
        assertThat(desk.findElements(By.cssSelector("#chat-board li"))).hasSize(2);
        Browser.screenshot(desk, "test-chat-console-two");
        desk.findElement(By.cssSelector("#chat-board"))
                .findElement(By.linkText("小李"))
                .click();
        waitUntil(
                desk,
                d -> d.findElements(By.cssSelector("#chat-lines li[data-seq='1']"))
                                .size()
                        == 1);
        assertThat(text(desk, "#chat-lines li[data-seq='1'] .chat-body")).isEqualTo("门锁<b>离线</b>了，怎么办？");
        // the agent has it on screen: the visitor's message turns from sent to read
        waitUntil(phone, d -> text(d, "#chat-lines li[data-seq='1'] .chat-mark").equals("已读"));
        desk.findElement(By.id("chat-body")).sendKeys("您好，请先长按门锁复位键五秒。");
        waitUntil(phone, d -> text(d, "#chat-typing").equals(agent.displayName() + " 正在输入…"));
        desk.findElement(By.cssSelector("#chat-send button")).click();
        waitUntil(
                desk,
                d -> d.findElements(By.cssSelector("#chat-lines li[data-seq='2']"))
                                .size()
                        == 1);
        Browser.screenshot(desk, "test-chat-console");

        waitUntil(
                phone,
                d -> d.findElements(By.cssSelector("#chat-lines li[data-seq='2']"))
                                .size()
                        == 1);
        assertThat(text(phone, "#chat-lines li[data-seq='2']")).contains("您好，请先长按门锁复位键五秒。");
        waitUntil(desk, d -> text(d, "#chat-lines li[data-seq='2'] .chat-mark").equals("已读"));
        assertThat(text(phone, "#chat-status")).contains(agent.displayName());
        assertThat(phone.findElements(By.cssSelector("#chat-lines b"))).isEmpty();
        long overflow = ((Number) ((JavascriptExecutor) phone)
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth"))
                .longValue();
        assertThat(overflow).isLessThanOrEqualTo(0);
        Browser.screenshot(phone, "test-chat-visitor-phone");

        // a reload: the same chat, every message once, and it goes on
        phone.navigate().refresh();
        waitUntil(phone, d -> d.findElements(By.cssSelector("#chat-lines li")).size() == 2);
        assertThat(phone.findElement(By.id("chat-start")).isDisplayed()).isFalse();
        phone.findElement(By.id("chat-body")).sendKeys("好的，谢谢");
        phone.findElement(By.cssSelector("#chat-send button")).click();
        waitUntil(
                desk,
                d -> d.findElements(By.cssSelector("#chat-lines li[data-seq='3']"))
                                .size()
                        == 1);
        assertThat(desk.findElements(By.cssSelector("#chat-lines li"))).hasSize(3);
        assertThat(Browser.console(phone)).noneMatch(entry -> entry.startsWith("SEVERE"));

        // an emoji and a screenshot from the phone: the agent sees the picture
        phone.findElement(By.cssSelector("#chat-send [data-emoji='👍']")).click();
        assertThat(phone.findElement(By.id("chat-body")).getAttribute("value")).isEqualTo("👍");
        phone.findElement(By.cssSelector("#chat-send button[type=submit]")).click();
        java.nio.file.Path shot = java.nio.file.Files.createTempFile("screenshot", ".png");
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(60, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "png", shot.toFile());
        phone.findElement(By.cssSelector("#chat-send input[type=file]")).sendKeys(shot.toString());
        waitUntil(
                desk,
                d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("var p = document.querySelector('#chat-lines .chat-picture');"
                                + " return !!p && p.complete && p.naturalWidth === 60;")));
        waitUntil(
                phone,
                d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("var p = document.querySelector('#chat-lines .chat-picture');"
                                + " return !!p && p.complete && p.naturalWidth === 60;")));

        // the agent ends it: the transcript is on a CHAT ticket, linked from the console; the visitor is told
        desk.findElement(By.id("chat-end")).click();
        waitUntil(desk, d -> d.findElement(By.id("chat-ticket")).isDisplayed());
        assertThat(text(desk, "#chat-state")).isEqualTo("已结束");
        waitUntil(phone, d -> text(d, "#chat-status").contains("会话已结束"));
        assertThat(phone.findElement(By.id("chat-send")).isDisplayed()).isFalse();
        // the visitor has the transcript mailed
        phone.findElement(By.id("transcript-email")).sendKeys("xiaoli@example.com");
        phone.findElement(By.cssSelector("#chat-transcript button")).click();
        waitUntil(phone, d -> text(d, "#transcript-done").equals("聊天记录已发往 xiaoli@example.com。"));
        Browser.screenshot(desk, "test-chat-console-ended");
        desk.findElement(By.cssSelector("#chat-ticket a")).click();
        waitUntil(desk, d -> d.getCurrentUrl().contains("/tickets/"));
        assertThat(desk.getPageSource()).contains("好的，谢谢").contains("您好，请先长按门锁复位键五秒。");
    }

    @Test
    void anAppsWebviewOpensItsUsersChatFromTheAddressTheBrandsServerGot() {
        TenantInfo tenant = fixtures.tenant();
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        presence.goOnDuty(Fixtures.actor(agent));
        String appKey = fixtures.api(admin)
                .post("/api/v1/feedback-apps", java.util.Map.of("name", "Acme Home"))
                .text("key");
        String url = fixtures.app(appKey)
                .post("/api/v1/feedback/chats", java.util.Map.of("userId", "u-77", "name", "App 用户"))
                .text("url");

        WebDriver webview = browser.open(Browser.PHONE, "zh-CN");
        webview.get(url);
        waitUntil(webview, d -> text(d, "#chat-status").contains(agent.displayName()));
        // the token is kept in the page's storage and taken off the address
        assertThat(webview.getCurrentUrl()).doesNotContain("#").doesNotContain("ldv_");
        assertThat(webview.findElement(By.id("chat-start")).isDisplayed()).isFalse();
        webview.findElement(By.id("chat-body")).sendKeys("App 里的门锁一直离线");
        webview.findElement(By.cssSelector("#chat-send button")).click();
        waitUntil(
                webview,
                d -> !d.findElements(By.cssSelector("#chat-lines li[data-seq='1']"))
                        .isEmpty());
    }
}
