package io.loopdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.value.Channel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Staff see only their tenant, operators the tenants that authorised hosting, customers only their own tickets. */
@IntegrationTest
class TenantIsolationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    Tenants tenantDirectory;

    TenantInfo acme;
    TenantInfo other;
    UserView acmeAgent;
    UserView otherAgent;
    UserView alice;
    UserView bob;
    String alicesTicket;
    String otherTenantsTicket;

    @BeforeEach
    void setUp() {
        acme = fixtures.tenant();
        other = fixtures.tenant();
        acmeAgent = fixtures.staff(acme, Role.AGENT);
        otherAgent = fixtures.staff(other, Role.AGENT);
        alice = fixtures.customer(acme);
        bob = fixtures.customer(acme);
        alicesTicket = fixtures.ticketOf(alice).number();
        otherTenantsTicket = fixtures.ticketOf(fixtures.customer(other)).number();
    }

    @Test
    void staffCannotReadAnotherTenantsTicket() {
        assertThat(fixtures.api(acmeAgent)
                        .get("/api/v1/tickets/" + otherTenantsTicket)
                        .status())
                .isEqualTo(404);
        assertThat(fixtures.api(otherAgent)
                        .get("/api/v1/tickets/" + alicesTicket)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void staffCannotWriteOnAnotherTenantsTicket() {
        Api api = fixtures.api(otherAgent);
        assertThat(api.post("/api/v1/tickets/" + alicesTicket + "/messages", Map.of("body", "hi"))
                        .status())
                .isEqualTo(404);
        assertThat(api.post("/api/v1/tickets/" + alicesTicket + "/status", Map.of("status", "IN_PROGRESS"))
                        .status())
                .isEqualTo(404);
        assertThat(api.patch("/api/v1/tickets/" + alicesTicket, Map.of("title", "x"))
                        .status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/tickets/" + alicesTicket + "/history").status())
                .isEqualTo(404);
        assertThat(fixtures.api(acmeAgent)
                        .get("/api/v1/tickets/" + alicesTicket)
                        .text("status"))
                .isEqualTo("NEW");
    }

    @Test
    void listsHoldOnlyTheCallersTenant() {
        assertThat(numbers(fixtures.api(acmeAgent))).contains(alicesTicket).doesNotContain(otherTenantsTicket);
        assertThat(numbers(fixtures.api(otherAgent)))
                .contains(otherTenantsTicket)
                .doesNotContain(alicesTicket);
        assertThat(numbers(fixtures.api(acmeAgent), "?q=" + otherTenantsTicket)).isEmpty();
    }

    @Test
    void staffCannotOpenTicketsInAnotherTenant() {
        Map<String, Object> body = new HashMap<>(Fixtures.validTicketJson());
        body.put("tenant", other.code());
        assertThat(fixtures.api(acmeAgent).post("/api/v1/tickets", body).status())
                .isEqualTo(400);
        assertThatThrownBy(() -> tickets.open(
                        other.id(), Channel.PHONE, Fixtures.validTicket().build(), Fixtures.actor(acmeAgent)))
                .isInstanceOf(TicketForbiddenException.class);
    }

    @Test
    void aPlatformOperatorWorksInTenantsThatAuthorisedHosting() {
        UserView operator = fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR);
        Api api = fixtures.api(operator);
        assertThat(api.get("/api/v1/tickets/" + otherTenantsTicket).status()).isEqualTo(404);
        tenantDirectory.authoriseHosting(other.id(), "contract " + other.code());
        assertThat(api.get("/api/v1/tickets/" + otherTenantsTicket).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/tickets/" + alicesTicket).status()).isEqualTo(404);

        Api.Response created = api.post("/api/v1/tickets?tenant=" + other.code(), Fixtures.validTicketJson());
        assertThat(created.status()).as(created::body).isEqualTo(201);
        assertThat(created.get("tenantId").asLong()).isEqualTo(other.id());
        assertThat(fixtures.api(otherAgent)
                        .get("/api/v1/tickets/" + created.text("number"))
                        .status())
                .isEqualTo(200);
        assertThat(fixtures.api(acmeAgent)
                        .get("/api/v1/tickets/" + created.text("number"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aCustomerSeesOnlyTheirOwnTickets() {
        String bobsTicket = fixtures.ticketOf(bob).number();

        assertThat(fixtures.api(alice).get("/api/v1/tickets/" + alicesTicket).status())
                .isEqualTo(200);
        assertThat(fixtures.api(alice).get("/api/v1/tickets/" + bobsTicket).status())
                .isEqualTo(404);
        assertThat(fixtures.api(alice)
                        .get("/api/v1/tickets/" + bobsTicket + "/messages")
                        .status())
                .isEqualTo(404);
        assertThat(numbers(fixtures.api(alice))).containsExactly(alicesTicket);
        assertThat(numbers(fixtures.api(bob))).containsExactly(bobsTicket);
        assertThat(fixtures.api(alice)
                        .post("/api/v1/tickets/" + bobsTicket + "/messages", Map.of("body", "hi"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aCustomerCannotWriteInternalNotesOrWorkTheTicket() {
        Api api = fixtures.api(alice);
        assertThat(api.post(
                                "/api/v1/tickets/" + alicesTicket + "/messages",
                                Map.of("kind", "INTERNAL_NOTE", "body", "hi"))
                        .status())
                .isEqualTo(403);
        assertThat(api.post("/api/v1/tickets/" + alicesTicket + "/status", Map.of("status", "IN_PROGRESS"))
                        .status())
                .isEqualTo(403);
        assertThat(api.post(
                                "/api/v1/tickets/" + alicesTicket + "/progress",
                                Map.of("label", "OTHER", "details", "done"))
                        .status())
                .isEqualTo(403);
        assertThat(api.put("/api/v1/tickets/" + alicesTicket + "/assignee", Map.of("assigneeId", alice.id()))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void theCustomersPhoneIsMaskedForRolesThatDoNotCallThem() {
        UserView qa = fixtures.staff(acme, Role.QA);
        UserView admin = fixtures.staff(acme, Role.TENANT_ADMIN);

        assertThat(fixtures.api(acmeAgent)
                        .get("/api/v1/tickets/" + alicesTicket)
                        .text("phone"))
                .isEqualTo("13812341234");
        assertThat(fixtures.api(alice).get("/api/v1/tickets/" + alicesTicket).text("phone"))
                .isEqualTo("13812341234");
        for (UserView reader : List.of(qa, admin)) {
            Api.Response ticket = fixtures.api(reader).get("/api/v1/tickets/" + alicesTicket);
            assertThat(ticket.text("phone")).isEqualTo("138****1234");
            assertThat(ticket.text("contact")).isEqualTo("138****1234");
        }
    }

    @Test
    void assigneesMustBeStaffOfTheTicketsTenant() {
        UserView supervisor = fixtures.staff(acme, Role.SUPERVISOR);
        Api api = fixtures.api(supervisor);
        assertThat(api.put("/api/v1/tickets/" + alicesTicket + "/assignee", Map.of("assigneeId", otherAgent.id()))
                        .status())
                .isEqualTo(400);
        assertThat(api.put("/api/v1/tickets/" + alicesTicket + "/assignee", Map.of("assigneeId", bob.id()))
                        .status())
                .isEqualTo(400);
        assertThat(api.put("/api/v1/tickets/" + alicesTicket + "/assignee", Map.of("assigneeId", acmeAgent.id()))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void aHandlerTakesAnUnassignedTicketButOnlyASupervisorReassignsIt() {
        UserView colleague = fixtures.staff(acme, Role.AGENT);
        String path = "/api/v1/tickets/" + alicesTicket + "/assignee";
        assertThat(fixtures.api(acmeAgent)
                        .put(path, Map.of("assigneeId", acmeAgent.id()))
                        .status())
                .isEqualTo(200);
        assertThat(fixtures.api(colleague)
                        .put(path, Map.of("assigneeId", colleague.id()))
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.api(fixtures.staff(acme, Role.SUPERVISOR))
                        .put(path, Map.of("assigneeId", colleague.id()))
                        .get("assigneeId")
                        .asLong())
                .isEqualTo(colleague.id());
    }

    private static List<String> numbers(Api api) {
        return numbers(api, "");
    }

    private static List<String> numbers(Api api, String query) {
        return StreamSupport.stream(
                        api.get("/api/v1/tickets" + query).get("items").spliterator(), false)
                .map(n -> n.get("number").asString())
                .toList();
    }
}
