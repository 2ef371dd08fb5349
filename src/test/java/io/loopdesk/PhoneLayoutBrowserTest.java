package io.loopdesk;

import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * On a 375-px phone: the portal's five rating buttons stay on one line, and the staff list becomes cards that fit
 * the screen with every column still there, each under its name.
 */
@IntegrationTest
@Tag("browser")
class PhoneLayoutBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Test
    void theRatingButtonsStayOnOneLine() {
        TenantInfo tenant = fixtures.tenant();
        UserView customer = fixtures.customer(tenant);
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        String number = fixtures.ticketOf(customer).number();
        tickets.changeStatus(number, TicketStatus.AWAITING_CONFIRMATION, null, Fixtures.actor(agent));
        tickets.changeStatus(number, TicketStatus.RESOLVED, null, Fixtures.actor(customer));

        for (String language : List.of("zh-CN", "en-US")) {
            WebDriver phone = browser.open(Browser.PHONE, language);
            signIn(phone, fixtures.baseUrl(), customer.username(), Fixtures.PASSWORD);
            phone.get(fixtures.baseUrl() + "/portal/tickets/" + number);
            waitUntil(phone, d -> !d.findElements(By.id("rate")).isEmpty());

            for (WebElement stars : phone.findElements(By.cssSelector("#rating-card .stars"))) {
                Set<Integer> lines = stars.findElements(By.tagName("label")).stream()
                        .map(label -> label.getLocation().getY())
                        .collect(Collectors.toSet());
                assertThat(lines).as("rows of rating buttons").hasSize(1);
            }
            assertThat(overflow(phone)).isLessThanOrEqualTo(0);
            ((JavascriptExecutor) phone)
                    .executeScript("arguments[0].scrollIntoView()", phone.findElement(By.id("rating-card")));
            Browser.screenshot(phone, "test-rating-phone-" + language);
        }
    }

    @Test
    void theWorkspaceListIsReadAsCardsOnAPhone() {
        TenantInfo tenant = fixtures.tenant();
        UserView customer = fixtures.customer(tenant);
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        String number = fixtures.ticketOf(customer).number();
        fixtures.ticketOf(customer);

        for (String language : List.of("zh-CN", "en-US")) {
            WebDriver phone = browser.open(Browser.PHONE, language);
            signIn(phone, fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD);
            phone.get(fixtures.baseUrl() + "/workspace?view=all");

            WebElement row = phone.findElement(By.id("row-" + number));
            long width = ((Number) ((JavascriptExecutor) phone)
                            .executeScript("return document.getElementById('queue').getBoundingClientRect().right"))
                    .longValue();
            assertThat(width).as("the list's right edge").isLessThanOrEqualTo(375);
            assertThat(overflow(phone)).isLessThanOrEqualTo(0);
            for (WebElement cell : row.findElements(By.tagName("td"))) {
                assertThat(cell.isDisplayed()).isTrue();
                assertThat(cell.getRect().getX() + cell.getRect().getWidth()).isLessThanOrEqualTo(375);
            }
            assertThat(row.getText()).contains(number);
            List<String> labels = row.findElements(By.tagName("td")).stream()
                    .map(cell -> (String) ((JavascriptExecutor) phone)
                            .executeScript(
                                    "return getComputedStyle(arguments[0], '::before').getPropertyValue('content')",
                                    cell))
                    .toList();
            assertThat(labels)
                    .as("each cell is labelled by its column")
                    .contains(
                            language.startsWith("zh") ? "\"状态\"" : "\"Status\"",
                            language.startsWith("zh") ? "\"处理人\"" : "\"Assignee\"");
            ((JavascriptExecutor) phone).executeScript("arguments[0].scrollIntoView()", row);
            Browser.screenshot(phone, "test-workspace-phone-" + language);
        }
    }

    private static long overflow(WebDriver driver) {
        return ((Number) ((JavascriptExecutor) driver)
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth"))
                .longValue();
    }
}
