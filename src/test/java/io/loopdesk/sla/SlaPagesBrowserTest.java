package io.loopdesk.sla;

import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.waitForText;
import static io.loopdesk.testing.Pages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.policy.SlaPolicies;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.Pages;
import io.loopdesk.testing.TestClock;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.Urgency;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The SLA in a real browser: the panel the ticket page loads, the header bell, the calendar page, the complaint, and
 * the complaint notice in each reader's language.
 */
@IntegrationTest
@Tag("browser")
class SlaPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    Calendars calendars;

    @Autowired
    SlaPolicies policies;

    @Autowired
    Notifications notifications;

    @Autowired
    TestClock clock;

    @Autowired
    BackgroundWork background;

    @Test
    void staffSeeTheTimeLimitsAndTheBellAdminsTheCalendarCustomersTheComplaintButton() {
        SlaScene scene = new SlaScene(clock, background, calendars, policies, notifications);
        TenantInfo tenant = fixtures.tenant();
        scene.fiveByEight(tenant);
        UserView customer = fixtures.customer(tenant);
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        scene.nextMondayAt("10:00");
        String number = tickets.open(
                        tenant.id(),
                        Channel.WEB,
                        Fixtures.validTicket().urgency(Urgency.URGENT).build(),
                        Fixtures.actor(customer))
                .number();
        tickets.assign(number, agent.id(), null, Fixtures.actor(supervisor));
        scene.moveTo(scene.day(0, "15:00"));
        String base = fixtures.baseUrl();

        WebDriver desk = browser.open(Browser.DESKTOP, "en-US");
        signIn(desk, base, agent.username(), Fixtures.PASSWORD);
        desk.get(base + "/tickets/" + number);
        waitUntil(desk, d -> !d.findElements(By.id("sla-panel")).isEmpty());
        waitForText(desk, "#sla-FIRST_RESPONSE", "First response");
        assertThat(desk.findElement(By.id("sla-FIRST_RESPONSE")).getText()).contains("1h 0m left");
        // two unread: "assigned to you" from the supervisor and the first-response warning at 80 %
        assertThat(desk.findElement(By.id("bell")).getText()).contains("2");
        Browser.screenshot(desk, "test-sla-panel");

        WebDriver settings = browser.open(Browser.DESKTOP, "en-US");
        signIn(settings, base, admin.username(), Fixtures.PASSWORD);
        settings.get(base + "/admin/calendars");
        settings.findElement(By.id("load-china-2026")).click();
        waitForText(settings, ".alert.ok", "2026 holidays");
        assertThat(settings.findElement(By.id("holidays")).getAttribute("value"))
                .contains("2026-10-01 HOLIDAY 国庆节");
        Browser.screenshot(settings, "test-sla-calendars");
        settings.get(base + "/admin/sla");
        Browser.screenshot(settings, "test-sla-settings");

        WebDriver phone = browser.open(Browser.PHONE, "zh-CN");
        signIn(phone, base, customer.username(), Fixtures.PASSWORD);
        phone.get(base + "/portal/tickets/" + number);
        phone.findElement(By.cssSelector("#complain summary")).click();
        phone.findElement(By.id("complaint-reason")).sendKeys("一直没人处理");
        phone.findElement(By.id("complain-submit")).click();
        waitForText(phone, ".alert.ok", "投诉已收到");
        Browser.screenshot(phone, "test-sla-complained");
    }

    /**
     * One complaint notice, two readers: the supervisor's notifications page shows it in English to an English page
     * and in Chinese to a Chinese one, its reason and what triggered it ("the same problem as …") included.
     */
    @Test
    void theSameComplaintNoticeReadsInEnglishOnTheEnglishPageAndInChineseOnTheChineseOne() {
        SlaScene scene = new SlaScene(clock, background, calendars, policies, notifications);
        TenantInfo tenant = fixtures.tenant();
        scene.fiveByEight(tenant);
        UserView customer = fixtures.customer(tenant);
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        scene.nextMondayAt("10:00");
        String first = ticketAbout("门锁离线", tenant, customer, scene);
        String second = ticketAbout("门锁还是离线", tenant, customer, scene);
        String third = ticketAbout("门锁又离线了", tenant, customer, scene);

        String inEnglish = notificationsPage(supervisor, "en-US", "test-complaint-notice-en");
        String inChinese = notificationsPage(supervisor, "zh-CN", "test-complaint-notice-zh");

        assertThat(inEnglish)
                .contains("Complaint: " + third, "The same problem again", "flagged as a complaint")
                .contains("What triggered it: the same problem as ", first, second)
                .doesNotContain("投诉", "触发原因", "同样的问题");
        assertThat(inChinese)
                .contains("投诉：" + third, "同样问题再次咨询", "触发原因：与 ", "是同样的问题", first, second)
                .doesNotContain("Complaint", "same problem", "triggered", "flagged");
    }

    private String notificationsPage(UserView reader, String language, String screenshot) {
        WebDriver page = browser.open(Browser.DESKTOP, language);
        signIn(page, fixtures.baseUrl(), reader.username(), Fixtures.PASSWORD);
        page.get(fixtures.baseUrl() + "/notifications");
        String shown = Pages.text(page, "#notifications");
        Browser.screenshot(page, screenshot);
        return shown;
    }

    private String ticketAbout(String title, TenantInfo tenant, UserView customer, SlaScene scene) {
        String number = tickets.open(
                        tenant.id(),
                        Channel.WEB,
                        Fixtures.validTicket()
                                .title(title)
                                .description(Fixtures.DESCRIPTION)
                                .build(),
                        Fixtures.actor(customer))
                .number();
        scene.settle();
        return number;
    }
}
