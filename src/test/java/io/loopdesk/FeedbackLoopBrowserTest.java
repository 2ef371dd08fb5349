package io.loopdesk;

import static io.loopdesk.testing.Pages.choose;
import static io.loopdesk.testing.Pages.fill;
import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.text;
import static io.loopdesk.testing.Pages.waitForText;
import static io.loopdesk.testing.Pages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The loop in a real browser: a customer gives feedback on a phone, an agent answers it, the customer confirms
 * and rates, the supervisor sees it resolved. Every step is checked on what the page shows.
 */
@IntegrationTest
@Tag("browser")
class FeedbackLoopBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Pattern NUMBER = Pattern.compile("\\d{6}-\\d{6,}");

    @Autowired
    Fixtures fixtures;

    TenantInfo tenant;
    UserView customer;
    UserView agent;
    UserView supervisor;

    @BeforeEach
    void people() {
        tenant = fixtures.tenant();
        customer = fixtures.customer(tenant);
        agent = fixtures.staff(tenant, Role.AGENT);
        supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
    }

    @Test
    void feedbackGoesAroundTheWholeLoop() {
        String base = fixtures.baseUrl();

        WebDriver phone = browser.open(Browser.PHONE, "en-US");
        signIn(phone, base, customer.username(), Fixtures.PASSWORD);
        assertThat(phone.getCurrentUrl()).endsWith("/portal");
        phone.findElement(By.linkText("New feedback")).click();
        fill(phone, "product", "Smart lock X2");
        fill(phone, "title", "Lock offline since yesterday");
        fill(
                phone,
                "description",
                "The lock shows offline in the app since yesterday; restarting router and lock did not help.");
        choose(phone, "urgency", "URGENT");
        Browser.screenshot(phone, "test-customer-form-phone");
        phone.findElement(By.cssSelector("form[action$='/portal/new'] button[type=submit]"))
                .click();
        waitForText(phone, ".alert.ok", "Your ticket number is");
        Matcher matcher = NUMBER.matcher(text(phone, ".alert.ok"));
        assertThat(matcher.find()).isTrue();
        String number = matcher.group();
        assertThat(text(phone, "#ticket-status")).isEqualTo("Received");

        WebDriver desk = browser.open(Browser.DESKTOP, "en-US");
        signIn(desk, base, agent.username(), Fixtures.PASSWORD);
        desk.get(base + "/workspace?view=unassigned");
        WebElement row = desk.findElement(By.id("row-" + number));
        assertThat(row.getText()).contains("Lock offline since yesterday", "New", "Urgent");
        row.findElement(By.linkText(number)).click();
        assertThat(desk.findElement(By.tagName("h1")).getText()).contains("Lock offline since yesterday");

        markPage(desk);
        desk.findElement(By.xpath("//button[normalize-space()='Take it']")).click();
        waitForText(desk, "#ticket-assignee", agent.displayName());
        fill(desk, "body", "Hello, we pushed firmware 1.2.4 to your lock; please restart it.");
        desk.findElement(By.cssSelector("#reply-form button[type=submit]")).click();
        waitForText(desk, "#timeline", "we pushed firmware 1.2.4");
        choose(desk, "status", "AWAITING_CONFIRMATION");
        desk.findElement(By.cssSelector("#status-form button[type=submit]")).click();
        waitForText(desk, "#ticket-status", "Awaiting confirmation");
        assertThat(pageWasNotReloaded(desk))
                .as("replies and status changes happen in place")
                .isTrue();

        phone.get(base + "/portal/tickets/" + number);
        assertThat(text(phone, "#ticket-status")).isEqualTo("Please confirm");
        assertThat(phone.getPageSource()).contains("we pushed firmware 1.2.4");
        phone.findElement(By.id("confirm")).click();
        waitForText(phone, "#ticket-status", "Solved");
        waitUntil(phone, d -> !d.findElements(By.id("rate")).isEmpty());
        // the short form first; the four scores are optional, behind "Tell us more"
        phone.findElement(By.cssSelector("input[name='overall'][value='VERY_SATISFIED']"))
                .click();
        phone.findElement(By.cssSelector("#rating-more > summary")).click();
        for (String dimension : new String[] {"responseSpeed", "expertise", "resolution", "attitude"}) {
            phone.findElement(By.cssSelector("input[name='" + dimension + "'][value='5']"))
                    .click();
        }
        fill(phone, "comment", "Fast and friendly, thank you!");
        phone.findElement(By.id("rate")).click();
        waitForText(phone, ".alert.ok", "Your rating was saved");
        waitForText(phone, "#rating-card", "Thank you for your rating");
        assertThat(text(phone, "#rating-card")).contains("Very satisfied", "★★★★★", "Fast and friendly");

        WebDriver boss = browser.open(Browser.DESKTOP, "en-US");
        signIn(boss, base, supervisor.username(), Fixtures.PASSWORD);
        boss.get(base + "/desk?view=all&q=" + number);
        assertThat(boss.findElement(By.id("row-" + number)).getText()).contains("Resolved", agent.displayName());
        boss.findElement(By.linkText(number)).click();
        assertThat(text(boss, "#ticket-status")).isEqualTo("Resolved");
        assertThat(text(boss, "#timeline")).contains("Status: Awaiting confirmation → Resolved");
    }

    @Test
    void aValidationErrorIsShownNextToItsFieldAndKeepsWhatWasTyped() {
        WebDriver phone = browser.open(Browser.PHONE, "en-US");
        signIn(phone, fixtures.baseUrl(), customer.username(), Fixtures.PASSWORD);
        phone.get(fixtures.baseUrl() + "/portal/new");
        fill(phone, "product", "Camera C3");
        fill(phone, "description", "Too short.");
        phone.findElement(By.cssSelector("form[action$='/portal/new'] button[type=submit]"))
                .click();

        WebElement field = waitUntil(phone, d -> d.findElement(By.cssSelector(".field.invalid")));
        assertThat(field.findElement(By.tagName("label")).getText()).contains("Description");
        assertThat(field.findElement(By.cssSelector(".error")).getText()).contains("at least 50 characters");
        assertThat(phone.findElement(By.id("description")).getAttribute("aria-invalid"))
                .isEqualTo("true");
        assertThat(phone.findElement(By.id("product")).getAttribute("value")).isEqualTo("Camera C3");
        assertThat(phone.findElement(By.id("description")).getAttribute("value"))
                .isEqualTo("Too short.");
    }

    @Test
    void aCustomerCannotOpenAnotherCustomersTicket() {
        String othersTicket = fixtures.ticketOf(fixtures.customer(tenant)).number();
        WebDriver phone = browser.open(Browser.PHONE, "en-US");
        signIn(phone, fixtures.baseUrl(), customer.username(), Fixtures.PASSWORD);

        phone.get(fixtures.baseUrl() + "/portal/tickets/" + othersTicket);
        assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        assertThat(phone.getPageSource()).doesNotContain(Fixtures.DESCRIPTION);

        phone.get(fixtures.baseUrl() + "/tickets/" + othersTicket);
        assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("Access denied");
        assertThat(phone.getPageSource()).doesNotContain(Fixtures.DESCRIPTION);
    }

    @Test
    void thePagesSpeakChineseToAChineseBrowser() {
        WebDriver phone = browser.open(Browser.PHONE, "zh-CN");
        phone.get(fixtures.baseUrl() + "/login");
        assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("登录");
        phone.findElement(By.linkText("English")).click();
        assertThat(phone.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        signIn(phone, fixtures.baseUrl(), customer.username(), Fixtures.PASSWORD);
        assertThat(phone.findElement(By.tagName("h1")).getText())
                .as("the choice is remembered")
                .isEqualTo("My feedback");
    }

    private static void markPage(WebDriver driver) {
        ((JavascriptExecutor) driver).executeScript("window.__loopdeskMarker = 'still here';");
    }

    private static boolean pageWasNotReloaded(WebDriver driver) {
        return "still here".equals(((JavascriptExecutor) driver).executeScript("return window.__loopdeskMarker;"));
    }
}
