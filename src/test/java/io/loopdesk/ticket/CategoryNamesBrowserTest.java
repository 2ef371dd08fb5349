package io.loopdesk.ticket;

import static io.loopdesk.testing.Pages.choose;
import static io.loopdesk.testing.Pages.fill;
import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.text;
import static io.loopdesk.testing.Pages.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.routing.incident.Incidents;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.value.Channel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Categories read by name in the page's language wherever people meet them (ticket page, lists, filters, incidents),
 * and are picked from a two-level chooser, parent then child, that works by keyboard and without scripts; nobody
 * types a code such as {@code technical.network} any more.
 */
@IntegrationTest
@Tag("browser")
class CategoryNamesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    Incidents incidents;

    TenantInfo tenant;
    UserView agent;
    UserView supervisor;
    String ticket;

    @BeforeEach
    void aNetworkTicket() {
        tenant = fixtures.tenant();
        agent = fixtures.staff(tenant, Role.AGENT);
        supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        ticket = tickets.open(
                        tenant.id(),
                        Channel.PHONE,
                        Fixtures.validTicket().category("technical.network").build(),
                        Fixtures.actor(agent))
                .number();
    }

    @Test
    void aChinesePageNamesTheCategoryAndItIsChangedByKeyboard() {
        WebDriver desk = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(desk, fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD);

        desk.get(fixtures.baseUrl() + "/tickets/" + ticket);
        assertThat(text(desk, "#ticket-category")).isEqualTo("技术问题 › 网络与连接");
        assertThat(desk.findElement(By.tagName("main")).getText()).doesNotContain("technical");

        desk.findElement(By.cssSelector("#edit-form"))
                .findElement(By.xpath("./ancestor::details/summary"))
                .click();
        WebElement chooser = desk.findElement(By.id("edit-category"));
        assertThat(chooser.getTagName()).isEqualTo("select");
        assertThat(chooser.findElements(By.cssSelector("optgroup[label='技术问题'] option")))
                .extracting(WebElement::getText)
                .startsWith("技术问题（不细分）")
                .contains("网络与连接", "服务端");
        chooser.sendKeys(Keys.ARROW_DOWN);
        assertThat(chooser.getAttribute("value")).isEqualTo("technical.server");
        desk.findElement(By.cssSelector("#edit-form button[type=submit]")).click();
        waitForText(desk, "#ticket-category", "技术问题 › 服务端");
        assertThat(text(desk, "#timeline")).contains("分类：技术问题 › 网络与连接 → 技术问题 › 服务端");
        Browser.screenshot(desk, "test-category-ticket-zh");

        desk.get(fixtures.baseUrl() + "/workspace?view=all");
        assertThat(text(desk, "#row-" + ticket)).contains("服务端").doesNotContain("technical");
        choose(desk, "f-category", "technical");
        assertThat(desk.findElement(By.cssSelector("#f-category option:checked"))
                        .getText())
                .isEqualTo("技术问题（全部）");
        desk.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waitForText(desk, "#queue", ticket);
        Browser.screenshot(desk, "test-category-filter-zh");
    }

    @Test
    void aCallIsRegisteredWithACategoryPickedFromTheChooser() {
        WebDriver desk = browser.open(Browser.DESKTOP, "en-US");
        signIn(desk, fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD);
        desk.get(fixtures.baseUrl() + "/tickets/new");

        fill(desk, "customerName", "ACME Ltd");
        fill(desk, "contactPerson", "Li Lei");
        fill(desk, "contact", "13900001111");
        fill(desk, "product", "Camera C3");
        fill(desk, "description", Fixtures.DESCRIPTION);
        assertThat(desk.findElements(By.cssSelector("#category optgroup")))
                .extracting(g -> g.getAttribute("label"))
                .contains("Technical", "Content", "Commercial");
        choose(desk, "category", "technical.stream");
        desk.findElement(By.cssSelector("form[action$='/tickets/new'] button[type=submit]"))
                .click();

        waitForText(desk, ".alert.ok", "registered");
        assertThat(text(desk, "#ticket-category")).isEqualTo("Technical › Stream lag, black screen, A/V sync");
    }

    @Test
    void theChooserWorksWithoutScripts() {
        WebSession session = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "zh-CN");

        WebSession.Page form = session.get("/tickets/new");

        assertThat(form.html()
                        .select("select#category optgroup[label=技术问题] option[value=technical.network]")
                        .text())
                .isEqualTo("网络与连接");
        assertThat(form.html().select("select#category option[value=needs-refinement]"))
                .as("nobody files a ticket under needs refinement")
                .isEmpty();
    }

    @Test
    void incidentsAreDeclaredWithACategoryByNameAndListedByName() {
        incidents.declare("CDN 故障", "多个直播间卡顿", "technical.stream", Fixtures.actor(supervisor));
        WebDriver desk = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(desk, fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD);

        desk.get(fixtures.baseUrl() + "/incidents");
        assertThat(text(desk, "#incidents")).contains("技术问题 › 直播卡顿、黑屏、音画不同步").doesNotContain("technical");
        fill(desk, "title", "门锁大面积离线");
        choose(desk, "category", "technical.network");
        desk.findElement(By.cssSelector("form[action$='/incidents'] button[type=submit]"))
                .click();

        waitForText(desk, ".card", "门锁大面积离线");
        assertThat(desk.findElement(By.tagName("main")).getText())
                .contains("技术问题 › 网络与连接")
                .doesNotContain("technical.network");
    }
}
