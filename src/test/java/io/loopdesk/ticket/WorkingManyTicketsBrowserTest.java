package io.loopdesk.ticket;

import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A supervisor works a list in Chromium: saves it as a view with fewer columns and finds it counted in the sidebar,
 * ticks the page's tickets and moves them all in one bulk action, and goes through tickets by keyboard alone.
 */
@IntegrationTest
@Tag("browser")
class WorkingManyTicketsBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;

    @Autowired
    TicketQueries queries;

    TenantInfo tenant;
    UserView supervisor;
    List<String> numbers = new ArrayList<>();

    @BeforeEach
    void aListOfTickets() {
        tenant = fixtures.tenant();
        supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        UserView customer = fixtures.customer(tenant);
        for (int i = 0; i < 4; i++) {
            numbers.add(0, fixtures.ticketOf(customer).number()); // the list shows the newest first
        }
    }

    @Test
    void aViewWithItsColumnsThenABulkChangeOfTheTickedTickets() {
        WebDriver desk = browser.open(Browser.DESKTOP, "en");
        signIn(desk, fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD);
        desk.get(fixtures.baseUrl() + "/workspace?view=all&status=NEW");

        desk.findElement(By.cssSelector(".save-view summary")).click();
        desk.findElement(By.id("view-name")).sendKeys("New, to triage");
        for (String column : List.of("CHANNEL", "TEAM", "RATING", "DUE")) {
            desk.findElement(By.cssSelector(".save-view input[name=columns][value=" + column + "]"))
                    .click();
        }
        new Select(desk.findElement(By.id("view-scope"))).selectByValue("TENANT");
        desk.findElement(By.cssSelector(".save-view button[type=submit]")).click();
        waitUntil(desk, d -> !d.findElements(By.id("saved-view-name")).isEmpty());
        assertThat(desk.findElement(By.cssSelector(".saved-views li a")).getText())
                .contains("New, to triage", "4");
        assertThat(desk.findElements(By.cssSelector("#queue thead th")).stream()
                        .map(WebElement::getText)
                        .toList())
                .doesNotContain("Channel", "Team", "Rating", "Due")
                .contains("Status", "Assignee");
        Browser.screenshot(desk, "test-saved-view");

        desk.findElement(By.id("select-page")).click();
        assertThat(desk.findElements(By.cssSelector("#queue input[name=numbers]:checked")))
                .hasSize(4);
        new Select(desk.findElement(By.id("bulk-action"))).selectByValue("STATUS:IN_PROGRESS");
        desk.findElement(By.cssSelector("#bulk-form button[type=submit]")).click();
        waitUntil(desk, d -> !d.findElements(By.id("bulk-summary")).isEmpty());
        assertThat(desk.findElement(By.id("bulk-summary")).getText())
                .isEqualTo("Done: 4 changed, 0 left as they were, of 4.");
        Browser.screenshot(desk, "test-bulk-done");
        for (String number : numbers) {
            assertThat(queries.get(number, Fixtures.actor(supervisor)).status()).isEqualTo(TicketStatus.IN_PROGRESS);
        }

        // a tag put on from the ticket's page shows under it in the list, and filters it
        desk.get(fixtures.baseUrl() + "/tickets/" + numbers.getFirst());
        waitUntil(desk, d -> !d.findElements(By.id("tag-name")).isEmpty());
        desk.findElement(By.id("tag-name")).sendKeys("Refund Request", Keys.ENTER);
        waitUntil(
                desk, d -> !d.findElements(By.cssSelector("#ticket-tags a.tag")).isEmpty());
        assertThat(desk.findElement(By.cssSelector("#ticket-tags a.tag")).getText())
                .isEqualTo("refund-request");
        Browser.screenshot(desk, "test-ticket-tags");
        desk.findElement(By.cssSelector("#ticket-tags a.tag")).click();
        waitUntil(desk, d -> d.getCurrentUrl().contains("tag=refund-request"));
        assertThat(desk.findElements(By.cssSelector("#queue tbody tr"))).hasSize(1);

        // the view counts what it lists now: none of them is new any more
        desk.get(fixtures.baseUrl() + "/workspace");
        assertThat(desk.findElement(By.cssSelector(".saved-views li a")).getText())
                .contains("New, to triage", "0");
    }

    @Test
    void aLikelyDuplicateOfTheSameCustomerIsMergedFromTheTicketPage() {
        WebDriver desk = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(desk, fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD);
        String newest = numbers.getFirst();
        desk.get(fixtures.baseUrl() + "/tickets/" + newest);
        waitUntil(
                desk,
                d -> !d.findElements(By.cssSelector("#duplicate-suggestions li"))
                        .isEmpty());
        assertThat(desk.findElements(By.cssSelector("#duplicate-suggestions li")))
                .hasSize(3);
        assertThat(desk.findElement(By.id("duplicate-suggestions")).getText()).contains("疑似重复");
        Browser.screenshot(desk, "test-duplicates-zh");

        desk.findElement(By.cssSelector("#duplicate-suggestions li form button"))
                .click();
        waitUntil(desk, d -> !d.findElements(By.cssSelector(".alert.ok")).isEmpty());
        assertThat(desk.findElement(By.cssSelector(".alert.ok")).getText()).isEqualTo("工单已合并，后续在此工单中处理。");
        assertThat(desk.findElement(By.id("timeline")).getText()).contains("合并到本工单");
        waitUntil(
                desk,
                d -> d.findElements(By.cssSelector("#duplicate-suggestions li")).size() == 2);
        assertThat(desk.findElement(By.id("linked-tickets")).getText()).contains("已合并到本工单");
        Browser.screenshot(desk, "test-merged-zh");
    }

    @Test
    void theTenantsOwnFieldsAndASideConversationFromTheTicketPage() {
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        fixtures.api(admin)
                .post(
                        "/api/v1/ticket-fields",
                        java.util.Map.of(
                                "key", "violation_grade",
                                "type", "CHOICE",
                                "label", "违规等级",
                                "options", List.of("轻微", "一般", "严重")));
        fixtures.api(admin)
                .post("/api/v1/ticket-fields", java.util.Map.of("key", "refund", "type", "MONEY", "label", "退款金额"));
        WebDriver desk = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(desk, fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD);
        desk.get(fixtures.baseUrl() + "/tickets/" + numbers.getFirst());

        waitUntil(desk, d -> !d.findElements(By.id("cf-violation_grade")).isEmpty());
        new Select(desk.findElement(By.id("cf-violation_grade"))).selectByValue("严重");
        desk.findElement(By.id("cf-refund")).sendKeys("五十");
        desk.findElement(By.id("fields-save")).click();
        waitUntil(
                desk,
                d -> !d.findElements(By.cssSelector("#ticket-fields .field.invalid"))
                        .isEmpty());
        assertThat(desk.findElement(By.cssSelector("#ticket-fields .field.invalid .error"))
                        .getText())
                .isEqualTo("退款金额：请填写金额，最多两位小数，例如 50 或 1250.50。");
        desk.findElement(By.id("cf-refund")).clear();
        desk.findElement(By.id("cf-refund")).sendKeys("50");
        desk.findElement(By.id("fields-save")).click();
        waitUntil(
                desk,
                d -> !d.findElements(By.cssSelector("#ticket-fields .alert.ok")).isEmpty());

        desk.findElement(By.cssSelector("#side-new summary")).click();
        desk.findElement(By.id("side-to")).sendKeys("shop@merchant.test");
        desk.findElement(By.id("side-subject")).sendKeys("订单 8812 退款核实");
        desk.findElement(By.id("side-body")).sendKeys("您好，客户反映重复扣款，请核实。");
        desk.findElement(By.id("side-send")).click();
        waitUntil(
                desk,
                d -> !d.findElements(By.cssSelector("#side-conversations details.side"))
                        .isEmpty());
        assertThat(desk.findElement(By.id("side-conversations")).getText())
                .contains("邮件已进入发送队列。", "订单 8812 退款核实", "shop@merchant.test");
        Browser.screenshot(desk, "test-fields-side-zh");
    }

    @Test
    void ticketsByKeyboardAlone() {
        WebDriver desk = browser.open(Browser.DESKTOP, "en");
        signIn(desk, fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD);
        desk.get(fixtures.baseUrl() + "/workspace?view=all");
        Actions keys = new Actions(desk);

        keys.sendKeys("j").sendKeys("j").perform();
        assertThat(desk.findElement(By.cssSelector("#queue tr.kb-current")).getAttribute("id"))
                .isEqualTo("row-" + numbers.get(1));
        keys.sendKeys("x").perform();
        assertThat(desk.findElement(By.cssSelector("#row-" + numbers.get(1) + " input[name=numbers]"))
                        .isSelected())
                .isTrue();

        keys.sendKeys("?").perform();
        waitUntil(desk, d -> d.findElement(By.id("shortcuts")).isDisplayed());
        assertThat(desk.findElement(By.id("shortcuts")).getText()).contains("Assign the ticket to me");
        Browser.screenshot(desk, "test-shortcuts");
        keys.sendKeys(Keys.ESCAPE).perform();
        waitUntil(desk, d -> !d.findElement(By.id("shortcuts")).isDisplayed());

        keys.sendKeys(Keys.ENTER).perform();
        waitUntil(desk, d -> d.getCurrentUrl().endsWith("/tickets/" + numbers.get(1)));
        keys.sendKeys("a").perform();
        waitUntil(desk, d -> d.findElement(By.id("ticket-assignee")).getText().equals(supervisor.displayName()));
        keys.sendKeys("r").perform();
        assertThat(desk.switchTo().activeElement().getAttribute("id")).isEqualTo("body");
        keys.sendKeys("typed, not a shortcut").sendKeys(Keys.ESCAPE).perform();
        assertThat(desk.getCurrentUrl()).endsWith("/tickets/" + numbers.get(1));

        keys.sendKeys("j").perform();
        waitUntil(desk, d -> d.getCurrentUrl().endsWith("/tickets/" + numbers.get(2)));
        keys.sendKeys("k").perform();
        waitUntil(desk, d -> d.getCurrentUrl().endsWith("/tickets/" + numbers.get(1)));
        keys.sendKeys("s").perform();
        assertThat(desk.switchTo().activeElement().getAttribute("id")).isEqualTo("status");
        keys.sendKeys(Keys.ESCAPE).perform();
        keys.sendKeys("u").perform();
        waitUntil(desk, d -> d.getCurrentUrl().contains("/workspace?view=all"));
        keys.sendKeys("/").perform();
        assertThat(desk.switchTo().activeElement().getAttribute("id")).isEqualTo("header-search");
        assertThat(Browser.console(desk)).isEmpty();
    }
}
