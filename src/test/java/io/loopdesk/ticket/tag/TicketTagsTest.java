package io.loopdesk.ticket.tag;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tags as a desk uses them: put on from the ticket page or the API (once each, in the ticket's history), shown under
 * the ticket in lists, a filter of the list and of saved views, put on and taken off many tickets by a bulk action;
 * malformed tags are refused with the field's message; customers and other tenants never see them.
 */
@IntegrationTest
class TicketTagsTest {

    @Autowired
    Fixtures fixtures;

    TenantInfo tenant;
    UserView agent;
    UserView customer;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        agent = fixtures.staff(tenant, Role.AGENT);
        customer = fixtures.customer(tenant);
    }

    @Test
    void tagsFromThePageAndTheApiFilterTheListAndCountInTheTenant() {
        String refund = fixtures.ticketOf(customer).number();
        String other = fixtures.ticketOf(customer).number();

        WebSession pages = fixtures.pages(agent);
        pages.get("/tickets/" + refund);
        WebSession.Page panel = pages.post("/tickets/" + refund + "/tags", Map.of("tag", "  Refund Request "));
        assertThat(panel.html().select("#ticket-tags a.tag").eachText()).containsExactly("refund-request");
        pages.post("/tickets/" + refund + "/tags", Map.of("tag", "refund-request")); // once only
        Api api = fixtures.api(agent);
        assertThat(api.put("/api/v1/tickets/" + refund + "/tags/退款", Map.of()).status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/tickets/" + refund + "/tags").body()).isEqualTo("[\"refund-request\",\"退款\"]");
        assertThat(pages.get("/tickets/" + refund).text()).contains("Tagged refund-request", "Tagged 退款");

        WebSession.Page list = pages.get("/workspace?view=all&tag=退款");
        assertThat(list.html().select("#queue tbody tr").eachAttr("id")).containsExactly("row-" + refund);
        assertThat(list.html().select("#row-" + refund + " a.tag").eachText()).containsExactly("refund-request", "退款");
        assertThat(api.get("/api/v1/tickets?tag=REFUND-request").body())
                .contains(refund)
                .doesNotContain(other);
        assertThat(api.get("/api/v1/tags").body()).contains("\"refund-request\":1", "\"退款\":1");

        // a saved view keeps the tag filter
        Api.Response view = api.post("/api/v1/views", Map.of("name", "Refunds", "filters", "view=all&tag=退款"));
        assertThat(view.get("count").asLong()).isEqualTo(1);

        assertThat(api.delete("/api/v1/tickets/" + refund + "/tags/退款").body()).isEqualTo("[\"refund-request\"]");
        assertThat(api.get("/api/v1/views").json().get(0).get("count").asLong()).isZero();
        assertThat(pages.get("/tickets/" + refund).text()).contains("Removed the tag 退款");
    }

    @Test
    void aBulkActionTagsAndUntagsManyTickets() {
        String first = fixtures.ticketOf(customer).number();
        String second = fixtures.ticketOf(customer).number();
        Api api = fixtures.api(agent);
        Api.Response tagged = api.post(
                "/api/v1/bulk-actions",
                Map.of("kind", "TAG_ADD", "tag", "Live Room 0425", "numbers", List.of(first, second)));
        assertThat(tagged.status()).as(tagged::body).isEqualTo(202);
        assertThat(tagged.get("action").get("succeeded").asInt()).isEqualTo(2);
        assertThat(api.get("/api/v1/tickets?tag=live-room-0425").body()).contains(first, second);

        WebSession pages = fixtures.pages(agent);
        pages.get("/workspace?view=all");
        WebSession.Page done = pages.post(
                "/bulk",
                List.of(
                        Map.entry("action", "TAG_REMOVE"),
                        Map.entry("tag", "live-room-0425"),
                        Map.entry("numbers", first)));
        assertThat(done.html().select("#bulk-change").text()).isEqualTo("Remove the tag: live-room-0425");
        assertThat(api.get("/api/v1/tickets/" + first + "/tags").body()).isEqualTo("[]");
        assertThat(api.get("/api/v1/tickets/" + second + "/tags").body()).isEqualTo("[\"live-room-0425\"]");

        assertThat(api.post("/api/v1/bulk-actions", Map.of("kind", "TAG_ADD", "numbers", List.of(first)))
                        .body())
                .contains("Name the tag to add or remove.");
    }

    @Test
    void badTagsAreRefusedAndOthersNeverSeeThem() {
        String number = fixtures.ticketOf(customer).number();
        Api api = fixtures.api(agent);
        for (String bad : List.of("-starts-with-dash", "x".repeat(41), "a,b", "a+b")) {
            Api.Response refused = api.put("/api/v1/tickets/" + number + "/tags/" + bad, Map.of());
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.body()).contains("A tag is 1 to 40 letters");
        }
        for (int i = 0; i < TicketTags.MAX_PER_TICKET; i++) {
            api.put("/api/v1/tickets/" + number + "/tags/t" + i, Map.of());
        }
        Api.Response tooMany = api.put("/api/v1/tickets/" + number + "/tags/one-more", Map.of());
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("at most 20 tags");
        assertThat(api.get("/api/v1/tickets/" + number + "/tags").json().size()).isEqualTo(20);
        // what no URL path may carry is refused before it reaches the tags
        assertThat(api.put("/api/v1/tickets/" + number + "/tags/semi;colon", Map.of())
                        .status())
                .isEqualTo(400);

        WebSession chinese = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "zh-CN");
        chinese.get("/tickets/" + number);
        assertThat(chinese.post("/tickets/" + number + "/tags", Map.of("tag", "<b>"))
                        .text())
                .contains("标签为 1 到 40 个字母");
        assertThat(api.get("/api/v1/tickets?tag=%3Cb%3E").status()).isEqualTo(400);

        assertThat(fixtures.api(customer)
                        .get("/api/v1/tickets/" + number + "/tags")
                        .status())
                .isEqualTo(403);
        UserView stranger = fixtures.staff(fixtures.tenant(), Role.AGENT);
        assertThat(fixtures.api(stranger)
                        .get("/api/v1/tickets/" + number + "/tags")
                        .status())
                .isEqualTo(404);
        assertThat(fixtures.api(stranger).get("/api/v1/tags").body()).isEqualTo("{}");
        UserView qa = fixtures.staff(tenant, Role.QA);
        assertThat(fixtures.api(qa)
                        .put("/api/v1/tickets/" + number + "/tags/qa", Map.of())
                        .status())
                .isEqualTo(403);
    }
}
