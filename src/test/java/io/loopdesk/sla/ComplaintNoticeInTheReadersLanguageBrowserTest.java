package io.loopdesk.sla;

import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.ticket.Channel;
import io.loopdesk.ticket.Tickets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One complaint notice, two readers: the supervisor's notifications page shows it in English to an English page and
 * in Chinese to a Chinese one, its reason and what triggered it ("the same problem as …") included.
 */
@IntegrationTest
@Tag("browser")
class ComplaintNoticeInTheReadersLanguageBrowserTest {

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

    SlaScene scene;
    TenantInfo tenant;
    UserView customer;
    UserView supervisor;

    @BeforeEach
    void desk() {
        scene = new SlaScene(clock, background, calendars, policies, notifications);
        tenant = fixtures.tenant();
        customer = fixtures.customer(tenant);
        supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        // notices to staff wait for working hours: work in them
        scene.fiveByEight(tenant);
        scene.nextMondayAt("10:00");
    }

    @Test
    void theSameComplaintNoticeReadsInEnglishOnTheEnglishPageAndInChineseOnTheChineseOne() {
        String first = ticket("门锁离线");
        String second = ticket("门锁还是离线");
        String third = ticket("门锁又离线了");

        WebDriver english = browser.open(Browser.DESKTOP, "en-US");
        signIn(english, fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD);
        english.get(fixtures.baseUrl() + "/notifications");
        String inEnglish = text(english, "#notifications");
        Browser.screenshot(english, "test-complaint-notice-en");

        WebDriver chinese = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(chinese, fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD);
        chinese.get(fixtures.baseUrl() + "/notifications");
        String inChinese = text(chinese, "#notifications");
        Browser.screenshot(chinese, "test-complaint-notice-zh");

        assertThat(inEnglish)
                .contains("Complaint: " + third, "The same problem again", "flagged as a complaint")
                .contains("What triggered it: the same problem as ", first, second)
                .doesNotContain("投诉", "触发原因", "同样的问题");
        assertThat(inChinese)
                .contains("投诉：" + third, "同样问题再次咨询", "触发原因：与 ", "是同样的问题", first, second)
                .doesNotContain("Complaint", "same problem", "triggered", "flagged");
    }

    private String ticket(String title) {
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
