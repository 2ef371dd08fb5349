package io.loopdesk.survey;

import static io.loopdesk.testing.Pages.choose;
import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.text;
import static io.loopdesk.testing.Pages.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff see what the customer thought of the work: the rating in short in the lists (a column and a filter) of the
 * workspace and the desk, and in full (four scores and the comment) on the ticket page, for agents, supervisors and
 * quality inspectors.
 */
@IntegrationTest
@Tag("browser")
class RatingsSeenByStaffBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    TenantInfo tenant;
    UserView customer;
    UserView agent;
    String pleased;
    String displeased;

    @BeforeEach
    void twoRatedTickets() {
        tenant = fixtures.tenant();
        customer = fixtures.customer(tenant);
        agent = fixtures.staff(tenant, Role.AGENT);
        pleased = solvedAndRated(
                Map.of("responseSpeed", 5, "expertise", 5, "resolution", 4, "attitude", 5, "comment", "很快就修好了"));
        displeased = solvedAndRated(
                Map.of("responseSpeed", 4, "expertise", 4, "resolution", 4, "attitude", 2, "comment", "客服态度很差"));
    }

    @Test
    void aQualityInspectorFindsTheDissatisfiedRatingInTheListAndReadsItOnTheTicket() {
        UserView qa = fixtures.staff(tenant, Role.QA);
        WebDriver desk = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(desk, fixtures.baseUrl(), qa.username(), Fixtures.PASSWORD);

        desk.get(fixtures.baseUrl() + "/workspace?view=all");
        assertThat(text(desk, "#row-" + pleased)).contains("4.8");
        assertThat(text(desk, "#row-" + displeased)).contains("3.5");
        choose(desk, "f-rating", "DISSATISFIED");
        desk.findElement(By.cssSelector("form.filters button[type=submit]")).click();
        waitForText(desk, "#queue", displeased);
        assertThat(desk.findElements(By.id("row-" + pleased))).isEmpty();
        Browser.screenshot(desk, "test-rating-list-zh");

        desk.findElement(By.linkText(displeased)).click();
        assertThat(text(desk, "#ticket-rating")).contains("3.5", "不满意");
        waitForText(desk, "#rating-panel", "客服态度很差");
        assertThat(text(desk, "#score-attitude")).contains("2 / 5");
        assertThat(text(desk, "#score-responseSpeed")).contains("4 / 5");
        assertThat(text(desk, "#rating-panel")).contains("响应速度", "专业程度", "解决效果", "服务态度");
        Browser.screenshot(desk, "test-rating-ticket-zh");
    }

    @Test
    void agentsAndSupervisorsSeeTheRatingInTheirListsAndOnTheTicket() {
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        WebDriver boss = browser.open(Browser.DESKTOP, "en-US");
        signIn(boss, fixtures.baseUrl(), supervisor.username(), Fixtures.PASSWORD);
        boss.get(fixtures.baseUrl() + "/desk?view=all&rating=SATISFIED");
        assertThat(text(boss, "#row-" + pleased)).contains("4.8");
        assertThat(boss.findElements(By.id("row-" + displeased))).isEmpty();
        Browser.screenshot(boss, "test-rating-desk-en");

        WebDriver desk = browser.open(Browser.DESKTOP, "en-US");
        signIn(desk, fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD);
        desk.get(fixtures.baseUrl() + "/workspace?view=all");
        assertThat(desk.findElement(By.cssSelector("#queue thead")).getText()).contains("Rating");
        desk.get(fixtures.baseUrl() + "/tickets/" + pleased);
        assertThat(text(desk, "#ticket-rating")).contains("4.8", "satisfied");
        waitForText(desk, "#rating-panel", "很快就修好了");
        assertThat(text(desk, "#rating-panel")).contains("Response speed", "Attitude", "4.8");
        assertThat(text(desk, "#timeline")).contains("The customer rated it 4.8");
        Browser.screenshot(desk, "test-rating-ticket-en");
    }

    @Test
    void theListApiFiltersByRatingAndSaysIt() {
        Api api = fixtures.api(fixtures.staff(tenant, Role.SUPERVISOR));

        Api.Response dissatisfied = api.get("/api/v1/tickets?rating=DISSATISFIED");
        Api.Response unrated = api.get("/api/v1/tickets?rating=UNRATED");

        assertThat(dissatisfied.status()).isEqualTo(200);
        assertThat(dissatisfied.get("items")).hasSize(1);
        assertThat(dissatisfied.get("items").get(0).get("number").asString()).isEqualTo(displeased);
        assertThat(dissatisfied
                        .get("items")
                        .get(0)
                        .get("rating")
                        .get("satisfaction")
                        .asString())
                .isEqualTo("DISSATISFIED");
        assertThat(dissatisfied.get("items").get(0).get("rating").get("average").asDouble())
                .isEqualTo(3.5);
        assertThat(unrated.get("items")).isEmpty();
        assertThat(api.get("/api/v1/tickets/" + pleased)
                        .get("rating")
                        .get("average")
                        .asDouble())
                .isEqualTo(4.8);
    }

    private String solvedAndRated(Map<String, Object> scores) {
        String number = fixtures.ticketOf(customer).number();
        tickets.changeStatus(number, TicketStatus.AWAITING_CONFIRMATION, null, Fixtures.actor(agent));
        tickets.changeStatus(number, TicketStatus.RESOLVED, null, Fixtures.actor(customer));
        Api.Response rated = fixtures.api(customer).post("/api/v1/tickets/" + number + "/rating", scores);
        assertThat(rated.status()).as(rated.body()).isEqualTo(201);
        return number;
    }
}
