package io.loopdesk.demo;

import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.testing.Browser;
import io.loopdesk.testing.DemoTest;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The main pages with the demo data, photographed in Chromium. {@code ./loopdesk screenshots} runs this with
 * {@code -Dloopdesk.screenshots=docs/screenshots} to refresh the README's pictures; the normal test run checks
 * that every picture can be taken and shows what it should.
 */
@DemoTest
@Tag("browser")
class ScreenshotsTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Environment environment;

    @Autowired
    JdbcClient jdbc;

    @Test
    void mainPages() throws Exception {
        String base = "http://localhost:" + environment.getProperty("local.server.port");

        WebDriver agent = browser.open(Browser.DESKTOP, "en-US");
        signIn(agent, base, "agent", "agent");
        agent.get(base + "/workspace?view=all");
        assertThat(agent.findElements(By.cssSelector("#queue tbody tr"))).hasSize(25);
        shot(agent, "agent-queue");
        agent.get(base + "/workspace?view=mine&status=IN_PROGRESS");
        agent.findElement(By.cssSelector("#queue tbody tr td a")).click();
        assertThat(agent.findElements(By.cssSelector("#timeline li"))).hasSizeGreaterThan(3);
        shot(agent, "ticket-page");
        // words searched in titles, descriptions, messages and progress records, best first, marked; the demo's
        // tickets are indexed in the background as the node starts
        String search =
                base + "/search?q=" + java.net.URLEncoder.encode("门锁 离线", java.nio.charset.StandardCharsets.UTF_8);
        for (int tries = 0;
                tries < 60
                        && agent.findElements(By.cssSelector("#search-hits li")).isEmpty();
                tries++) {
            agent.get(search);
            if (agent.findElements(By.cssSelector("#search-hits li")).isEmpty()) {
                Thread.sleep(500);
            }
        }
        assertThat(agent.findElements(By.cssSelector("#search-hits li mark"))).isNotEmpty();
        shot(agent, "ticket-search");

        // a return: Acme's returns playbook shows its checklist beside the ticket; the agent ticks the first step
        agent.get(base + "/search?q=" + java.net.URLEncoder.encode("无理由退货", java.nio.charset.StandardCharsets.UTF_8));
        agent.findElement(By.cssSelector("#search-hits li a")).click();
        waitUntil(agent, d -> !d.findElements(By.cssSelector("#checklists li")).isEmpty());
        agent.findElement(By.cssSelector("#checklists li button")).click();
        waitUntil(
                agent,
                d -> !d.findElements(By.cssSelector("#checklists li.done")).isEmpty());
        assertThat(agent.findElement(By.cssSelector("#checklists li.done")).getText())
                .contains("核对订单号");
        shot(agent, "ticket-checklist");

        // live chat: two visitors on their phones, the agent answering one of them in the console
        WebDriver visitor = browser.open(Browser.PHONE, "zh-CN");
        WebDriver other = browser.open(Browser.PHONE, "zh-CN");
        for (WebDriver phoneChat : List.of(other, visitor)) {
            phoneChat.get(base + "/chat/w/acme");
            phoneChat.findElement(By.id("chat-name")).sendKeys(phoneChat == visitor ? "王女士" : "李先生");
            phoneChat.findElement(By.cssSelector("#chat-start button")).click();
            waitUntil(
                    phoneChat,
                    d -> d.findElement(By.id("chat-status")).getText().contains("正在为您服务"));
        }
        visitor.findElement(By.id("chat-body")).sendKeys("智能门锁 X2 昨晚开始一直显示离线，App 里也连不上，怎么办？");
        visitor.findElement(By.cssSelector("#chat-send button")).click();
        waitUntil(
                visitor,
                d -> !d.findElements(By.cssSelector("#chat-lines li[data-seq='1']"))
                        .isEmpty());
        agent.get(base + "/chat");
        waitUntil(agent, d -> d.findElement(By.id("chat-board")).getText().contains("王女士"));
        agent.findElement(By.id("chat-board")).findElement(By.linkText("王女士")).click();
        waitUntil(
                agent,
                d -> !d.findElements(By.cssSelector("#chat-lines li[data-seq='1']"))
                        .isEmpty());
        agent.findElement(By.id("chat-body")).sendKeys("您好王女士，请先长按门锁背面的复位键 5 秒，听到提示音后在 App 里重新添加设备。");
        agent.findElement(By.cssSelector("#chat-send button")).click();
        waitUntil(
                agent,
                d -> !d.findElements(By.cssSelector("#chat-lines li[data-seq='2']"))
                        .isEmpty());
        waitUntil(
                visitor,
                d -> !d.findElements(By.cssSelector("#chat-lines li[data-seq='2']"))
                        .isEmpty());
        visitor.findElement(By.id("chat-body")).sendKeys("好的，我试一下");
        visitor.findElement(By.cssSelector("#chat-send button")).click();
        waitUntil(
                agent,
                d -> !d.findElements(By.cssSelector("#chat-lines li[data-seq='3']"))
                        .isEmpty());
        waitUntil(
                visitor,
                d -> d.findElement(By.cssSelector("#chat-lines li[data-seq='1'] .chat-mark"))
                        .getText()
                        .equals("已读"));
        shot(agent, "chat-console");
        shot(visitor, "chat-visitor-phone");

        WebDriver supervisor = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(supervisor, base, "supervisor", "supervisor");
        supervisor.get(base + "/desk?view=overdue");
        assertThat(supervisor.findElement(By.tagName("h1")).getText()).isEqualTo("主管台");
        shot(supervisor, "supervisor-desk-zh");

        // a view shared with everyone, in the sidebar with its count, and tickets ticked for a bulk action (not
        // applied:
        // the demo's tickets stay as they are for the pictures after this one)
        supervisor.get(base + "/desk?view=all&status=NEW&order=OLDEST");
        supervisor.findElement(By.cssSelector(".save-view summary")).click();
        supervisor.findElement(By.id("view-name")).sendKeys("新工单 · 先来先办");
        for (String column : java.util.List.of("CHANNEL", "TEAM", "RATING", "REGISTERED")) {
            supervisor
                    .findElement(By.cssSelector(".save-view input[name=columns][value=" + column + "]"))
                    .click();
        }
        new org.openqa.selenium.support.ui.Select(supervisor.findElement(By.id("view-scope"))).selectByValue("TENANT");
        supervisor.findElement(By.cssSelector(".save-view button[type=submit]")).click();
        waitUntil(supervisor, d -> !d.findElements(By.id("saved-view-name")).isEmpty());
        supervisor.findElements(By.cssSelector("#queue input[name=numbers]")).stream()
                .limit(3)
                .forEach(org.openqa.selenium.WebElement::click);
        new org.openqa.selenium.support.ui.Select(supervisor.findElement(By.id("bulk-action")))
                .selectByValue("STATUS:IN_PROGRESS");
        shot(supervisor, "views-bulk-zh");
        // the shortcuts over a short page, so the picture shows them at their size
        supervisor.get(base + "/bulk");
        new org.openqa.selenium.interactions.Actions(supervisor).sendKeys("?").perform();
        waitUntil(supervisor, d -> d.findElement(By.id("shortcuts")).isDisplayed());
        shot(supervisor, "keyboard-help-zh");
        new org.openqa.selenium.interactions.Actions(supervisor)
                .sendKeys(org.openqa.selenium.Keys.ESCAPE)
                .perform();

        // the live-shopping desk's own fields filled in, and a side conversation with the merchant while the
        // customer waits
        WebDriver star = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(star, base, "star-supervisor", "star-supervisor");
        star.get(base + "/workspace?view=all&category=commercial&status=IN_PROGRESS");
        star.findElement(By.cssSelector("#queue tbody tr td a")).click();
        waitUntil(star, d -> !d.findElements(By.id("cf-violation_grade")).isEmpty());
        new org.openqa.selenium.support.ui.Select(star.findElement(By.id("cf-violation_grade"))).selectByValue("一般");
        star.findElement(By.id("cf-merchant")).sendKeys("优选家居旗舰店");
        star.findElement(By.id("fields-save")).click();
        waitUntil(
                star,
                d -> !d.findElements(By.cssSelector("#ticket-fields .alert.ok")).isEmpty());
        star.findElement(By.cssSelector("#side-new summary")).click();
        star.findElement(By.id("side-to")).sendKeys("service@youxuan-home.example");
        star.findElement(By.id("side-subject")).sendKeys("请核实订单发货情况");
        star.findElement(By.id("side-body")).sendKeys("您好，客户反映下单十天仍未发货，请提供物流单号或预计发货时间，谢谢。");
        star.findElement(By.id("side-send")).click();
        waitUntil(
                star,
                d -> !d.findElements(By.cssSelector("#side-conversations details.side"))
                        .isEmpty());
        shot(star, "ticket-fields-side-zh");

        // an automation of the smart-home desk, as its admin writes it
        WebDriver rulesAdmin = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(rulesAdmin, base, "admin", "admin");
        rulesAdmin.get(base + "/admin/automations");
        rulesAdmin
                .findElement(By.cssSelector("#automation-rules tbody tr td a"))
                .click();
        waitUntil(rulesAdmin, d -> !d.findElements(By.id("automation-form")).isEmpty());
        shot(rulesAdmin, "automation-rule-zh");

        // the reports on the demo's tickets, once the fold has counted them (it runs every few seconds)
        waitUntil(supervisor, d -> {
            d.get(base + "/reports");
            return !d.findElement(By.id("f-received")).getText().equals("0")
                    && !d.findElements(By.cssSelector("#chart-volume[data-drawn=true] svg"))
                            .isEmpty();
        });
        shot(supervisor, "reports-period-zh");
        supervisor.get(base + "/reports/wall");
        waitUntil(
                supervisor,
                d -> !d.findElements(By.cssSelector("#chart-arrivals[data-drawn=true] svg"))
                        .isEmpty());
        shot(supervisor, "reports-wall-zh");

        WebDriver phone = browser.open(Browser.PHONE, "zh-CN");
        signIn(phone, base, "customer", "customer");
        phone.get(base + "/portal/new");
        shot(phone, "customer-form-phone");
        phone.get(base + "/portal");
        shot(phone, "customer-tickets-phone");
        phone.findElement(By.xpath("//span[normalize-space()='请确认']/ancestor::a"))
                .click();
        assertThat(phone.findElement(By.id("confirm")).isDisplayed()).isTrue();
        shot(phone, "customer-confirm-phone");

        // the survey a result notice links to, on a phone, answered 不满意; the review it opens for the supervisors
        String body = jdbc.sql(
                        "select n.body from notification n join tenant t on t.id = n.tenant_id"
                                + " where t.code = 'acme' and n.body like '%/r/lds_%' order by n.id desc fetch first 1 rows only")
                .query(String.class)
                .single();
        Matcher link = Pattern.compile("/r/(lds_[A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).isTrue();
        WebDriver survey = browser.open(Browser.PHONE, "zh-CN");
        survey.get(base + "/r/" + link.group(1));
        survey.findElement(By.cssSelector("input[name='overall'][value='DISSATISFIED']"))
                .click();
        survey.findElement(By.id("comment")).sendKeys("等了两天才有人回复，问题也没彻底解决");
        shot(survey, "survey-phone");
        survey.findElement(By.id("survey-confirm-submit")).click();
        waitUntil(survey, d -> !d.findElements(By.id("survey-done")).isEmpty());
        waitUntil(supervisor, d -> {
            d.get(base + "/desk/reviews");
            return !d.findElements(By.cssSelector("#reviews tbody tr")).isEmpty();
        });
        shot(supervisor, "review-queue-zh");

        // a quality inspector's form beside the ticket
        WebDriver inspector = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(inspector, base, "qa", "qa");
        inspector.get(base + "/qa");
        inspector.findElement(By.cssSelector("#qa-queue tbody tr td a")).click();
        assertThat(inspector.findElements(By.cssSelector("#qa-form fieldset"))).hasSizeGreaterThan(5);
        shot(inspector, "qa-form-zh");

        // the help centre on a phone, searched in Traditional Chinese; the knowledge base's reply templates
        WebDriver reader = browser.open(Browser.PHONE, "zh-CN");
        reader.get(
                base + "/help/acme?q=" + java.net.URLEncoder.encode("門鎖離線", java.nio.charset.StandardCharsets.UTF_8));
        waitUntil(
                reader,
                d -> !d.findElements(By.cssSelector("#search-results li")).isEmpty());
        assertThat(reader.findElement(By.cssSelector("#search-results li a")).getText())
                .isEqualTo("门锁显示离线怎么办");
        shot(reader, "help-search-phone");
        supervisor.get(base + "/knowledge/templates");
        assertThat(supervisor.findElements(By.cssSelector("#templates tbody tr")))
                .hasSizeGreaterThan(6);
        shot(supervisor, "reply-templates-zh");

        WebDriver admin = browser.open(Browser.DESKTOP, "en-US");
        signIn(admin, base, "admin", "admin");
        admin.get(base + "/admin/audit");
        assertThat(admin.findElements(By.cssSelector("#audit tbody tr"))).isNotEmpty();
        shot(admin, "audit-trail");

        // an app's webhook: set on its page, its secret shown once, a test event waiting for a host that does not
        // answer yet
        admin.get(base + "/admin/apps");
        admin.findElement(By.id("app-name")).sendKeys("Acme Home (iOS)");
        admin.findElement(By.id("app-product")).sendKeys("智能门锁 X2");
        admin.findElement(By.cssSelector("form[action$='/admin/apps'] button[type=submit]"))
                .click();
        By webhookLink = By.xpath("//tr[td/span[text()='Acme Home (iOS)']]//a[contains(@href,'/webhook')]");
        // the app list reloads after the form posts; look for the new row only once it is there
        waitUntil(admin, d -> !d.findElements(webhookLink).isEmpty());
        admin.findElement(webhookLink).click();
        waitUntil(admin, d -> !d.findElements(By.id("webhook-url")).isEmpty());
        admin.findElement(By.id("webhook-url")).sendKeys("https://hooks.acme-home.example/loopdesk");
        admin.findElement(By.cssSelector("#webhook-form button[type=submit]")).click();
        waitUntil(admin, d -> !d.findElements(By.id("webhook-secret")).isEmpty());
        assertThat(admin.findElement(By.id("webhook-secret")).getText()).startsWith("whsec_");
        admin.findElement(By.id("webhook-test")).click();
        waitUntil(
                admin,
                d -> d.findElements(By.cssSelector("#webhook-deliveries tbody tr"))
                                .size()
                        == 1);
        shot(admin, "app-webhook");

        // the tenant's own webhook for its CRM, and a DingTalk robot in the staff's group chat
        admin.get(base + "/admin/webhooks");
        admin.findElement(By.id("webhook-url")).sendKeys("https://crm.acme-home.example/loopdesk/events");
        admin.findElement(By.id("webhook-description")).sendKeys("CRM");
        admin.findElement(By.id("event-TICKET_CREATED")).click();
        admin.findElement(By.id("event-TICKET_RATED")).click();
        admin.findElement(By.id("event-SLA_BREACHED")).click();
        admin.findElement(By.cssSelector("#webhook-new button[type=submit]")).click();
        waitUntil(admin, d -> !d.findElements(By.id("webhook-secret")).isEmpty());
        admin.findElement(By.id("webhook-test")).click();
        waitUntil(
                admin,
                d -> !d.findElements(By.cssSelector("#webhook-deliveries tbody tr"))
                        .isEmpty());
        shot(admin, "tenant-webhook");
        admin.get(base + "/admin/robots");
        admin.findElement(By.id("robot-name")).sendKeys("售后值班群");
        new org.openqa.selenium.support.ui.Select(admin.findElement(By.id("robot-vendor"))).selectByValue("DINGTALK");
        admin.findElement(By.id("robot-url")).sendKeys("https://oapi.dingtalk.com/robot/send?access_token=demo");
        admin.findElement(By.id("robot-secret")).sendKeys("SECdemo");
        admin.findElement(By.cssSelector("#robot-new button[type=submit]")).click();
        waitUntil(
                admin, d -> !d.findElements(By.cssSelector("#robots tbody tr")).isEmpty());
        admin.get(base + "/usage");
        waitUntil(admin, d -> !d.findElements(By.id("u-total")).isEmpty());
        shot(admin, "usage-statement");

        // the platform console: a brand registered on its form, then suspended with a reason
        WebDriver operator = browser.open(Browser.DESKTOP, "en-US");
        signIn(operator, base, "operator", "operator");
        operator.get(base + "/platform/tenants/new");
        operator.findElement(By.id("code")).sendKeys("nordlicht");
        operator.findElement(By.id("name")).sendKeys("Nordlicht Audio GmbH");
        new org.openqa.selenium.support.ui.Select(operator.findElement(By.id("plan"))).selectByValue("FLAGSHIP");
        operator.findElement(By.id("timeZone")).clear();
        operator.findElement(By.id("timeZone")).sendKeys("Europe/Berlin");
        new org.openqa.selenium.support.ui.Select(operator.findElement(By.id("language"))).selectByValue("en");
        operator.findElement(By.cssSelector("form[action$='/platform/tenants'] button[type=submit]"))
                .click();
        waitUntil(operator, d -> !d.findElements(By.id("reason")).isEmpty());
        operator.findElement(By.id("reason")).sendKeys("Contract paused by the brand until the new season.");
        operator.findElement(By.cssSelector("form[action$='/suspend'] button[type=submit]"))
                .click();
        waitUntil(operator, d -> !d.findElements(By.id("suspension")).isEmpty());
        assertThat(operator.findElement(By.id("suspension")).getText()).contains("Contract paused");
        operator.get(base + "/platform/tenants");
        assertThat(operator.findElements(By.cssSelector("#tenants tbody tr"))).hasSizeGreaterThan(2);
        shot(operator, "platform-tenants");

        // what the platform hosts for Acme, which authorised it in the demo; the phone line is added here
        operator.get(base + "/platform/tenants/acme");
        assertThat(operator.findElement(By.id("hosting-authorisation")).getText())
                .contains("HT-2026-0042");
        operator.findElement(By.cssSelector("#hosting-profile input[value=PHONE]"))
                .click();
        operator.findElement(By.cssSelector("#hosting-profile button[type=submit]"))
                .click();
        waitUntil(operator, d -> d.getPageSource().contains("What the platform hosts was saved."));
        assertThat(operator.findElement(By.cssSelector("#hosting-profile input[value=PHONE]"))
                        .isSelected())
                .isTrue();
        shot(operator, "platform-hosting");

        // onboarding 星海直播: the checklist filled in and applied to its settings
        operator.get(base + "/platform/tenants/starlive");
        operator.findElement(By.id("tenant-onboarding")).click();
        waitUntil(operator, d -> !d.findElements(By.id("onboarding")).isEmpty());
        operator.findElement(By.cssSelector("#onboarding input[value=APP_FEEDBACK]"))
                .click();
        operator.findElement(By.cssSelector("#onboarding input[value=LIVE_CHAT]"))
                .click();
        operator.findElement(By.id("appName")).sendKeys("星海直播 App");
        operator.findElement(By.id("products")).sendKeys("直播、短视频、电商");
        for (String day : List.of("SATURDAY", "SUNDAY")) {
            WebElement box = operator.findElement(By.cssSelector("#onboarding input[value=" + day + "]"));
            if (!box.isSelected()) {
                box.click();
            }
        }
        operator.findElement(By.id("serviceHours")).clear();
        operator.findElement(By.id("serviceHours")).sendKeys("09:00-21:00");
        operator.findElement(By.id("regions")).sendKeys("中国大陆、港澳台");
        operator.findElement(By.cssSelector("#onboarding button[type=submit]")).click();
        waitUntil(operator, d -> d.getPageSource().contains("The answers were applied"));
        assertThat(operator.findElement(By.cssSelector("#onboarding-state li.done"))
                        .getText())
                .contains("Checklist answered");
        shot(operator, "platform-onboarding");
        operator.get(base + "/platform/tenants/acme/health");
        waitUntil(operator, d -> !d.findElements(By.id("health-backlog")).isEmpty());
        assertThat(operator.findElement(By.id("health-hosted")).getText()).contains("App feedback");
        shot(operator, "platform-health");

        // GlobalCare, an outside service provider: its person serves Acme under a grant, switching in the header
        operator.get(base + "/platform/providers/globalcare");
        assertThat(operator.findElement(By.id("grants")).getText()).contains("林伟", "Acme");
        shot(operator, "platform-provider");
        WebDriver provider = browser.open(Browser.DESKTOP, "en-US");
        signIn(provider, base, "provider", "provider");
        waitUntil(provider, d -> !d.findElements(By.id("delegations")).isEmpty());
        provider.findElement(By.cssSelector("#delegations button[type=submit]")).click();
        waitUntil(provider, d -> d.getCurrentUrl().contains("/workspace"));
        provider.get(base + "/workspace?view=all");
        waitUntil(provider, d -> !d.findElements(By.id("queue")).isEmpty());
        assertThat(new org.openqa.selenium.support.ui.Select(provider.findElement(By.id("switch-tenant")))
                        .getFirstSelectedOption()
                        .getText())
                .contains("Acme");
        assertThat(provider.findElement(By.cssSelector(".who")).getText()).isEqualTo("林伟 · GlobalCare 海外客服");
        shot(provider, "provider-in-tenant");
    }

    private static void shot(WebDriver driver, String name) throws Exception {
        assertThat(Files.size(Browser.screenshot(driver, name))).isGreaterThan(10_000);
    }
}
