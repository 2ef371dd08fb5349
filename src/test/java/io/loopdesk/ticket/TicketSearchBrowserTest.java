package io.loopdesk.ticket;

import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestDatabase;
import io.loopdesk.ticket.value.Channel;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The text filter finds a ticket by its customer's phone number, e-mail address or name (its contact fields, not
 * only its title and text), indexed on PostgreSQL like the title; and the search box in the header of every staff
 * page finds tickets from anywhere, an exact number going straight to its ticket.
 */
@IntegrationTest
@Tag("browser")
class TicketSearchBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    TenantInfo tenant;
    UserView agent;
    String byPhone;
    String byMail;

    @BeforeEach
    void ticketsWithContacts() {
        tenant = fixtures.tenant();
        agent = fixtures.staff(tenant, Role.AGENT);
        byPhone = tickets.open(
                        tenant.id(),
                        Channel.PHONE,
                        Fixtures.validTicket()
                                .customer("杭州某某电器", "王芳", "13812341234")
                                .phone(null)
                                .build(),
                        Fixtures.actor(agent))
                .number();
        byMail = tickets.open(
                        tenant.id(),
                        Channel.PHONE,
                        Fixtures.validTicket()
                                .customer("ACME Ltd", "Li Lei", "li.lei@example.com")
                                .phone("13900001111")
                                .build(),
                        Fixtures.actor(agent))
                .number();
    }

    @Test
    void theTextFilterLooksInTheContactFields() {
        Api api = fixtures.api(agent);

        assertThat(numbers(api, "13812341234")).containsExactly(byPhone);
        assertThat(numbers(api, "1234")).containsExactly(byPhone);
        assertThat(numbers(api, "Li.Lei@Example.com")).containsExactly(byMail);
        assertThat(numbers(api, "13900001111")).containsExactly(byMail);
        assertThat(numbers(api, "某某电器")).containsExactly(byPhone);
        assertThat(numbers(api, "王芳")).containsExactly(byPhone);
    }

    @Test
    void theHeaderSearchBoxOpensATicketByNumberAndListsTheRestFromAnyPage() {
        WebDriver desk = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(desk, fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD);
        desk.get(fixtures.baseUrl() + "/tickets/new");

        desk.findElement(By.id("header-search")).sendKeys(byMail, Keys.ENTER);
        waitUntil(desk, d -> d.getCurrentUrl().endsWith("/tickets/" + byMail));

        desk.findElement(By.id("header-search")).sendKeys("13812341234", Keys.ENTER);
        waitUntil(desk, d -> d.getCurrentUrl().contains("/workspace"));
        assertThat(desk.findElements(By.cssSelector("#queue tbody tr")))
                .extracting(row -> row.getAttribute("id"))
                .containsExactly("row-" + byPhone);
        assertThat(desk.findElement(By.id("q")).getAttribute("value")).isEqualTo("13812341234");
        Browser.screenshot(desk, "test-header-search-zh");

        desk.get(fixtures.baseUrl() + "/incidents");
        desk.findElement(By.id("header-search")).sendKeys("王芳", Keys.ENTER);
        waitUntil(desk, d -> !d.findElements(By.id("row-" + byPhone)).isEmpty());
    }

    @Test
    void onPostgresqlTheContactFieldsHaveATrigramIndex() {
        assumeTrue(TestDatabase.isPostgres(), "the trigram index is PostgreSQL's");
        List<String> plan = new TransactionTemplate(transactionManager).execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return jdbc.sql("explain select id from ticket where contact_text like '%13812341234%'")
                    .query(String.class)
                    .list();
        });
        assertThat(String.join("\n", plan)).contains("ticket_contact_text_trgm_idx");
    }

    private static List<String> numbers(Api api, String text) {
        Api.Response found = api.get("/api/v1/tickets?q=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        return found.get("items")
                .valueStream()
                .map(t -> t.get("number").asString())
                .toList();
    }
}
