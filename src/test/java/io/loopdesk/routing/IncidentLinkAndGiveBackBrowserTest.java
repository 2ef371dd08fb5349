package io.loopdesk.routing;

import static io.loopdesk.testing.Pages.fill;
import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.text;
import static io.loopdesk.testing.Pages.waitForText;
import static io.loopdesk.testing.Pages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.routing.incident.IncidentView;
import io.loopdesk.routing.incident.Incidents;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ticket page's one-click traps: the incident chooser starts on no incident and offers the likely ones first,
 * giving a ticket back asks first and says where it goes, and an unowned ticket's reply and status controls say
 * that writing on it does not make it yours (which is what happens).
 */
@IntegrationTest
@Tag("browser")
class IncidentLinkAndGiveBackBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    Incidents incidents;

    @Autowired
    Teams teams;

    TenantInfo tenant;
    UserView agent;
    UserView supervisor;
    String ticket;

    @BeforeEach
    void aLockTicket() {
        tenant = fixtures.tenant();
        agent = fixtures.staff(tenant, Role.AGENT);
        supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        ticket = tickets.open(
                        tenant.id(),
                        Channel.PHONE,
                        Fixtures.validTicket()
                                .category("technical.network")
                                .title("门锁无法连接 WiFi，一直显示离线")
                                .build(),
                        Fixtures.actor(agent))
                .number();
    }

    @Test
    void theIncidentChooserStartsOnNoneAndOffersTheLikelyIncidentsFirst() {
        IncidentView stream = incidents.declare("直播卡顿", "多个直播间画面卡顿", "technical.stream", Fixtures.actor(supervisor));
        IncidentView locks =
                incidents.declare("门锁大面积离线", "WiFi 模块连接失败", "technical.network", Fixtures.actor(supervisor));
        IncidentView payments = incidents.declare("支付失败", "支付页面报错", "commercial", Fixtures.actor(supervisor));

        WebDriver desk = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(desk, fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD);
        desk.get(fixtures.baseUrl() + "/tickets/" + ticket);
        WebElement chooser = waitUntil(desk, d -> d.findElement(By.id("incidentId")));

        assertThat(new Select(chooser).getFirstSelectedOption().getAttribute("value"))
                .isEmpty();
        List<String> likely = chooser.findElements(By.cssSelector("optgroup:first-of-type option")).stream()
                .map(o -> o.getAttribute("value"))
                .toList();
        assertThat(likely).containsExactly(String.valueOf(locks.id()), String.valueOf(stream.id()));
        assertThat(chooser.findElements(By.cssSelector("optgroup:last-of-type option")))
                .extracting(o -> o.getAttribute("value"))
                .containsExactly(String.valueOf(payments.id()));
        Browser.screenshot(desk, "test-incident-chooser-zh");

        desk.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
        assertThat(incidents.get(locks.id(), Fixtures.actor(supervisor)).tickets())
                .as("a click without a choice links nothing")
                .isEmpty();
        new Select(desk.findElement(By.id("incidentId"))).selectByValue(String.valueOf(locks.id()));
        desk.findElement(By.cssSelector("#incident-form button[type=submit]")).click();
        waitForText(desk, "#routing-panel", "门锁大面积离线");
        assertThat(incidents.get(locks.id(), Fixtures.actor(supervisor)).tickets())
                .containsExactly(ticket);
    }

    @Test
    void givingATicketBackTakesASecondExplainedStep() {
        TeamView aftersales = teams.create(tenant.id(), "Aftersales", null);
        tickets.route(ticket, aftersales.id(), agent.id(), null, Fixtures.actor(supervisor));
        WebDriver desk = browser.open(Browser.DESKTOP, "en-US");
        signIn(desk, fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD);
        desk.get(fixtures.baseUrl() + "/tickets/" + ticket);

        desk.findElement(By.xpath("//summary[normalize-space()='Give it back']"))
                .click();
        assertThat(text(desk, "#ticket-assignee")).isEqualTo(agent.displayName());
        assertThat(text(desk, "#release")).contains("no owner", "Aftersales team's queue");
        Browser.screenshot(desk, "test-give-back-confirm-en");
        desk.findElement(By.id("release-confirm")).click();

        waitForText(desk, "#ticket-assignee", "Nobody");
        waitForText(desk, ".alert.ok", "back");
    }

    @Test
    void anUnownedTicketSaysReplyingDoesNotMakeItYours() {
        WebDriver desk = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(desk, fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD);
        desk.get(fixtures.baseUrl() + "/tickets/" + ticket);

        assertThat(text(desk, "#owner-note")).contains("暂无处理人", "不会把它分配给你", "我来处理");
        assertThat(text(desk, "section[aria-labelledby=h-reply]")).contains("不会把它分配给你");
        Browser.screenshot(desk, "test-unowned-ticket-zh");
        fill(desk, "body", "您好，我们正在排查门锁的联网问题。");
        desk.findElement(By.cssSelector("#reply-form button[type=submit]")).click();
        waitForText(desk, "#timeline", "我们正在排查");

        assertThat(text(desk, "#ticket-assignee"))
                .as("what the note says is what happens")
                .isEqualTo("无人");
        assertThat(text(desk, "#owner-note")).contains("暂无处理人");
    }
}
