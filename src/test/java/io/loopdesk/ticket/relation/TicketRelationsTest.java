package io.loopdesk.ticket.relation;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.NotificationView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.TestFiles;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.search.TicketIndex;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Merging, splitting and linking tickets as a desk does it (seed 003: the same question asked three times): a merge
 * keeps every message, file and history line, closes the duplicate with a pointer and tells its customer, and what
 * they write to it later lands in the ticket that carries on; a split opens a ticket of the same customer from one of
 * their messages; links show on both tickets; the same customer's likely duplicates are suggested. Merges across
 * customers or tenants, of closed tickets or by customers are refused with the reason, and change nothing.
 */
@IntegrationTest
class TicketRelationsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    BackgroundWork background;

    @Autowired
    Notifications notifications;

    @Autowired
    TicketIndex index;

    @Autowired
    TicketQueries queries;

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
    void aMergeKeepsMessagesFilesAndHistoryClosesTheDuplicateAndTellsItsCustomer() throws Exception {
        String target = fixtures.ticketOf(customer).number();
        String source = fixtures.ticketOf(customer).number();
        Api customerApi = fixtures.api(customer);
        Api agentApi = fixtures.api(agent);
        customerApi.post("/api/v1/tickets/" + source + "/messages", Map.of("body", "补充：门锁型号是 蓝鲸X9，序列号 QX-77"));
        agentApi.post("/api/v1/tickets/" + source + "/messages", Map.of("kind", "PUBLIC_REPLY", "body", "收到，我们正在排查。"));
        byte[] png = TestFiles.png(20, 20);
        Api.Response uploaded = customerApi.multipart(
                "/api/v1/tickets/" + source + "/attachments",
                Map.of(),
                List.of(new Api.FilePart("files", "门锁.png", "image/png", png)));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long file = uploaded.json().get(0).get("id").asLong();

        Api.Response merged = agentApi.post("/api/v1/tickets/" + source + "/merge", Map.of("into", target));
        assertThat(merged.status()).as(merged.body()).isEqualTo(200);
        assertThat(merged.text("number")).isEqualTo(target);

        // the duplicate is closed and points at the ticket that carries on
        JsonNode closed = agentApi.get("/api/v1/tickets/" + source).json();
        assertThat(closed.get("status").asString()).isEqualTo("CLOSED");
        assertThat(closed.get("mergedInto").asString()).isEqualTo(target);
        assertThat(agentApi.get("/api/v1/tickets/" + source + "/messages").json())
                .isEmpty();
        // every message is in the other ticket, its first words too, and the file
        JsonNode moved = agentApi.get("/api/v1/tickets/" + target + "/messages").json();
        assertThat(moved.findValuesAsString("body"))
                .contains("补充：门锁型号是 蓝鲸X9，序列号 QX-77", "收到，我们正在排查。")
                .anyMatch(body -> body.startsWith("#" + source + " · ") && body.contains(Fixtures.DESCRIPTION));
        assertThat(fixtures.pages(agent)
                        .download("/tickets/" + target + "/attachments/" + file)
                        .body())
                .isEqualTo(png);
        assertThat(fixtures.pages(agent)
                        .download("/tickets/" + source + "/attachments/" + file)
                        .status())
                .isEqualTo(404);
        // each keeps its history, with what happened
        assertThat(fixtures.pages(agent).get("/tickets/" + target).text())
                .contains("Merged " + source + " into this ticket, with 3 messages");
        WebSession.Page sourcePage = fixtures.pages(agent).get("/tickets/" + source);
        assertThat(sourcePage.html().select("#merged-into a").text()).isEqualTo(target);
        assertThat(sourcePage.text()).contains("Merged into " + target, "Opened the ticket", "Attached 门锁.png");
        assertThat(agentApi.get("/api/v1/tickets/" + target + "/links")
                        .json()
                        .get(0)
                        .get("role")
                        .asString())
                .isEqualTo("MERGED_FROM");

        // its customer is told where it went, and not that it was closed
        background.settle();
        List<NotificationView> told =
                TenantScope.inTenant(tenant.id(), () -> notifications.aboutTicket(source, Locale.ENGLISH));
        assertThat(told).extracting(NotificationView::subject).contains("Ticket " + source + " continues as " + target);
        assertThat(told).extracting(NotificationView::subject).doesNotContain("Ticket " + source + " is closed");
        assertThat(fixtures.pages(customer)
                        .get("/portal/tickets/" + source)
                        .html()
                        .select("#merged-into a")
                        .text())
                .isEqualTo(target);

        // the words of the moved messages find the ticket that carries on
        assertThat(index.awaitIndexed(Duration.ofSeconds(10))).isTrue();
        assertThat(queries.search("蓝鲸X9", Fixtures.actor(agent), 10))
                .extracting(hit -> hit.ticket().number())
                .containsExactly(target);

        // what the customer writes to the old ticket lands in the one that carries on
        Api.Response late = customerApi.post("/api/v1/tickets/" + source + "/messages", Map.of("body", "还有，昨晚又断线了"));
        assertThat(late.status()).as(late.body()).isEqualTo(201);
        assertThat(agentApi.get("/api/v1/tickets/" + target + "/messages")
                        .json()
                        .findValuesAsString("body"))
                .contains("还有，昨晚又断线了");
    }

    @Test
    void mergesAcrossCustomersOrTenantsOfClosedTicketsOrByCustomersAreRefusedAndChangeNothing() {
        String mine = fixtures.ticketOf(customer).number();
        String alsoMine = fixtures.ticketOf(customer).number();
        String someoneElses = fixtures.ticketOf(fixtures.customer(tenant)).number();
        String otherTenants =
                fixtures.ticketOf(fixtures.customer(fixtures.tenant())).number();
        Api api = fixtures.api(agent);

        Api.Response acrossCustomers = api.post("/api/v1/tickets/" + mine + "/merge", Map.of("into", someoneElses));
        assertThat(acrossCustomers.status()).isEqualTo(400);
        assertThat(acrossCustomers.body())
                .contains("Tickets " + mine + " and " + someoneElses
                        + " are from different customers; link them as related instead.");
        Api.Response acrossTenants = api.post("/api/v1/tickets/" + mine + "/merge", Map.of("into", otherTenants));
        assertThat(acrossTenants.status()).isEqualTo(400);
        assertThat(acrossTenants.body()).contains("No ticket " + otherTenants + " in this tenant.");
        assertThat(api.post("/api/v1/tickets/" + mine + "/merge", Map.of("into", mine))
                        .body())
                .contains("Give the number of another ticket of this tenant.");
        assertThat(api.postRaw("/api/v1/tickets/" + mine + "/merge", "{}").status())
                .isEqualTo(400);
        assertThat(fixtures.api(customer)
                        .post("/api/v1/tickets/" + mine + "/merge", Map.of("into", alsoMine))
                        .status())
                .isEqualTo(403);

        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        fixtures.api(supervisor)
                .post("/api/v1/tickets/" + alsoMine + "/status", Map.of("status", "CLOSED", "reason", "重复提交"));
        Api.Response intoClosed = api.post("/api/v1/tickets/" + mine + "/merge", Map.of("into", alsoMine));
        assertThat(intoClosed.status()).isEqualTo(400);
        assertThat(intoClosed.body()).contains("Ticket " + alsoMine + " is closed; closed tickets are not merged.");

        // in Chinese on the page, and nothing changed
        WebSession chinese = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "zh-CN");
        WebSession.Page refused =
                chinese.post("/tickets/" + mine + "/merge", Map.of("from", mine, "into", someoneElses));
        assertThat(refused.html().select(".alert.error").text())
                .isEqualTo("工单 " + mine + " 与 " + someoneElses + " 来自不同客户，不能合并；可以将它们关联为相关工单。");
        assertThat(api.get("/api/v1/tickets/" + mine).text("status")).isEqualTo("NEW");
        assertThat(api.get("/api/v1/tickets/" + mine).json().get("mergedInto").isNull())
                .isTrue();
        assertThat(api.get("/api/v1/tickets/" + someoneElses).text("status")).isEqualTo("NEW");
        assertThat(api.get("/api/v1/tickets/" + mine + "/links").json()).isEmpty();
    }

    @Test
    void aSplitOpensATicketOfTheSameCustomerFromTheirMessage() {
        String number = fixtures.ticketOf(customer).number();
        String other = "另外，我上个月的账单多扣了 50 元，麻烦核实后退款，谢谢。";
        Api.Response written =
                fixtures.api(customer).post("/api/v1/tickets/" + number + "/messages", Map.of("body", other));
        long message = written.get("id").asLong();
        long reply = fixtures.api(agent)
                .post("/api/v1/tickets/" + number + "/messages", Map.of("kind", "PUBLIC_REPLY", "body", "好的"))
                .get("id")
                .asLong();

        WebSession pages = fixtures.pages(agent);
        assertThat(pages.get("/tickets/" + number).html().select("details.split"))
                .hasSize(1);
        WebSession.Page created = pages.post("/tickets/" + number + "/messages/" + message + "/split", Map.of());
        assertThat(created.text()).contains("The message now has a ticket of its own.");
        String split = created.html().select("#ticket").attr("data-number");
        assertThat(split).isNotEqualTo(number);
        JsonNode ticket = fixtures.api(agent).get("/api/v1/tickets/" + split).json();
        assertThat(ticket.get("description").asString()).startsWith(other).contains("↳ #" + number);
        assertThat(ticket.get("requesterId").asLong()).isEqualTo(customer.id());
        assertThat(pages.get("/tickets/" + split + "/links-panel")
                        .html()
                        .select("#linked-tickets")
                        .text())
                .contains("Split from", number);
        assertThat(pages.get("/tickets/" + number).text()).contains("Split a message off into " + split);
        // the customer sees their new ticket
        assertThat(fixtures.pages(customer).get("/portal").text()).contains(split);

        Api.Response notTheirs =
                fixtures.api(agent).post("/api/v1/tickets/" + number + "/messages/" + reply + "/split", Map.of());
        assertThat(notTheirs.status()).isEqualTo(400);
        assertThat(notTheirs.body()).contains("Only the customer's own messages are split into a ticket of their own.");
        assertThat(fixtures.api(agent)
                        .post("/api/v1/tickets/" + number + "/messages/999999999/split", Map.of())
                        .body())
                .contains("has no message 999999999");
    }

    @Test
    void aBulkMergeTakesTheCustomersTicketsIntoOneAndRefusesAnotherCustomersWithTheReason() {
        String into = fixtures.ticketOf(customer).number();
        String second = fixtures.ticketOf(customer).number();
        String third = fixtures.ticketOf(customer).number();
        String strangers = fixtures.ticketOf(fixtures.customer(tenant)).number();
        Api api = fixtures.api(agent);

        Api.Response missing =
                api.post("/api/v1/bulk-actions", Map.of("kind", "MERGE", "numbers", List.of(second, third)));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("Give the number of the ticket to merge the others into.");

        Api.Response bulk = api.post(
                "/api/v1/bulk-actions",
                Map.of("kind", "MERGE", "mergeInto", into, "numbers", List.of(into, second, third, strangers)));
        assertThat(bulk.status()).as(bulk.body()).isEqualTo(202);
        JsonNode action = bulk.json().get("action");
        assertThat(action.get("succeeded").asInt()).isEqualTo(3);
        assertThat(action.get("refused").asInt()).isEqualTo(1);
        assertThat(bulk.json().get("refusals").get(0).get("reason").asString())
                .contains("are from different customers");
        for (String merged : List.of(second, third)) {
            assertThat(api.get("/api/v1/tickets/" + merged).text("mergedInto")).isEqualTo(into);
        }
        assertThat(api.get("/api/v1/tickets/" + into).text("status")).isEqualTo("NEW");
        assertThat(api.get("/api/v1/tickets/" + strangers).text("status")).isEqualTo("NEW");
        assertThat(api.get("/api/v1/tickets/" + into + "/links").json().findValuesAsString("role"))
                .containsExactly("MERGED_FROM", "MERGED_FROM");
    }

    @Test
    void linksShowOnBothTicketsAndTheCustomersLikelyDuplicatesAreSuggested() {
        String first = fixtures.ticketOf(customer).number();
        String second = fixtures.ticketOf(customer).number();
        String strangers = fixtures.ticketOf(fixtures.customer(tenant)).number();
        WebSession pages = fixtures.pages(agent);

        WebSession.Page panel = pages.post("/tickets/" + first + "/links", Map.of("other", second, "kind", "parent"));
        assertThat(panel.html().select("#linked-tickets li").text()).contains("Parent", second);
        assertThat(pages.get("/tickets/" + second + "/links-panel")
                        .html()
                        .select("#linked-tickets li")
                        .text())
                .contains("Child", first);
        assertThat(pages.post("/tickets/" + second + "/links", Map.of("other", first, "kind", "related"))
                        .html()
                        .select(".alert.error")
                        .text())
                .isEqualTo("Tickets " + second + " and " + first + " are linked already.");
        assertThat(pages.post("/tickets/" + first + "/links", Map.of("other", "nope", "kind", "related"))
                        .html()
                        .select(".alert.error")
                        .text())
                .isEqualTo("No ticket nope in this tenant.");
        Api api = fixtures.api(agent);
        assertThat(api.post("/api/v1/tickets/" + first + "/links", Map.of("number", strangers, "kind", "sibling"))
                        .body())
                .contains("Link a ticket as its parent, its child or a related ticket.");
        assertThat(api.post("/api/v1/tickets/" + first + "/links", Map.of("number", strangers, "kind", "related"))
                        .status())
                .isEqualTo(201);
        assertThat(fixtures.api(customer)
                        .get("/api/v1/tickets/" + first + "/links")
                        .status())
                .isEqualTo(403);

        // the same customer's open ticket with the same words is suggested; another customer's is not
        JsonNode suggested = api.get("/api/v1/tickets/" + first + "/duplicates").json();
        assertThat(suggested.findValuesAsString("number")).containsExactly(second);
        assertThat(suggested.get(0).get("similarity").asDouble()).isGreaterThan(DuplicateSuggestion.LIKELY);
        assertThat(pages.get("/tickets/" + first + "/links-panel")
                        .html()
                        .select("#duplicate-suggestions")
                        .text())
                .contains(second, "likely duplicate");

        assertThat(api.delete("/api/v1/tickets/" + first + "/links/" + second).status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/tickets/" + first + "/links").json().findValuesAsString("number"))
                .containsExactly(strangers);
        assertThat(pages.get("/tickets/" + second).text()).contains("Unlinked " + first);
    }
}
