package io.loopdesk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The customer rates a solved ticket once, on the portal or over the API; staff read it on the ticket's rating
 * panel. A score out of range is named, an unsolved ticket cannot be rated, and nobody else rates or reads it.
 */
@IntegrationTest
class RatingPagesTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    TenantInfo tenant;
    UserView customer;
    UserView agent;
    WebSession portal;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        customer = fixtures.customer(tenant);
        agent = fixtures.staff(tenant, Role.AGENT);
        portal = fixtures.pages(customer.username());
    }

    @Test
    void theCustomerRatesASolvedTicketOnThePortalAndStaffSeeItOnThePanel() {
        String number = fixtures.ticketOf(customer).number();
        WebSession.Page early = portal.get("/portal/tickets/" + number + "/rating");
        assertThat(early.status()).isEqualTo(200);
        assertThat(early.html().select("form[action$=/rating]"))
                .as("no form before it is solved")
                .isEmpty();
        solve(number);

        WebSession.Page form = portal.get("/portal/tickets/" + number + "/rating");
        assertThat(form.text()).contains("How did we do?", "Response speed", "Attitude");
        WebSession.Page outOfRange = portal.post(
                "/portal/tickets/" + number + "/rating",
                Map.of("responseSpeed", "6", "expertise", "5", "resolution", "4", "attitude", "5"));
        assertThat(outOfRange.html().select(":containsOwn(Please choose 1 to 5 stars.)"))
                .as("one score, response speed, is out of range")
                .hasSize(1);
        assertThat(outOfRange.text()).doesNotContain("Your rating was saved");
        assertThat(fixtures.api(customer)
                        .get("/api/v1/tickets/" + number + "/rating")
                        .status())
                .isEqualTo(404);

        WebSession.Page rated = portal.post(
                "/portal/tickets/" + number + "/rating",
                Map.of(
                        "responseSpeed", "5",
                        "expertise", "4",
                        "resolution", "4",
                        "attitude", "5",
                        "comment", "师傅上门很及时"));
        assertThat(rated.url()).endsWith("/portal/tickets/" + number);
        assertThat(rated.text()).contains("Thank you! Your rating was saved.");
        WebSession.Page twice = portal.post(
                "/portal/tickets/" + number + "/rating",
                Map.of("responseSpeed", "1", "expertise", "1", "resolution", "1", "attitude", "1"));
        assertThat(twice.text())
                .as("a second rating (a stale tab) shows the first one")
                .contains("Thank you for your rating", "师傅上门很及时");
        assertThat(fixtures.api(customer)
                        .get("/api/v1/tickets/" + number + "/rating")
                        .get("scores")
                        .get("attitude")
                        .asInt())
                .isEqualTo(5);

        WebSession staff = fixtures.pages(agent.username());
        WebSession.Page panel = staff.get("/tickets/" + number + "/rating-panel");
        assertThat(panel.status()).isEqualTo(200);
        assertThat(panel.text()).contains("师傅上门很及时", "4.5", "Response speed");
        assertThat(portal.get("/tickets/" + number + "/rating-panel").status()).isEqualTo(403);
    }

    @Test
    void theApiRatesOnceAndReadsTheRatingBack() {
        String number = fixtures.ticketOf(customer).number();
        Api customers = fixtures.api(customer);
        Map<String, Object> scores =
                Map.of("responseSpeed", 4, "expertise", 4, "resolution", 5, "attitude", 5, "comment", "不错");
        Api.Response unsolved = customers.post("/api/v1/tickets/" + number + "/rating", scores);
        assertThat(unsolved.status()).as("not solved yet").isEqualTo(400);
        assertThat(unsolved.get("errors").toString()).contains("status");
        solve(number);

        Api.Response outOfRange = customers.post(
                "/api/v1/tickets/" + number + "/rating",
                Map.of("responseSpeed", 0, "expertise", 4, "resolution", 5, "attitude", 5));
        assertThat(outOfRange.status()).isEqualTo(400);
        assertThat(outOfRange.get("errors").toString()).contains("responseSpeed");
        assertThat(fixtures.api(agent)
                        .post("/api/v1/tickets/" + number + "/rating", scores)
                        .status())
                .isEqualTo(403);

        Api.Response rated = customers.post("/api/v1/tickets/" + number + "/rating", scores);
        assertThat(rated.status()).isEqualTo(201);
        Api.Response read = fixtures.api(agent).get("/api/v1/tickets/" + number + "/rating");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.get("scores").get("comment").asString()).isEqualTo("不错");
        assertThat(customers
                        .post("/api/v1/tickets/" + number + "/rating", scores)
                        .status())
                .isEqualTo(409);
    }

    @Test
    void anotherTenantNeitherRatesNorReadsTheRating() {
        String number = fixtures.ticketOf(customer).number();
        solve(number);
        fixtures.api(customer)
                .post(
                        "/api/v1/tickets/" + number + "/rating",
                        Map.of("responseSpeed", 3, "expertise", 3, "resolution", 3, "attitude", 3));
        TenantInfo other = fixtures.tenant();
        UserView stranger = fixtures.customer(other);
        assertThat(fixtures.api(fixtures.staff(other, Role.QA))
                        .get("/api/v1/tickets/" + number + "/rating")
                        .status())
                .isEqualTo(404);
        WebSession theirPortal = fixtures.pages(stranger.username());
        assertThat(theirPortal.get("/portal/tickets/" + number + "/rating").status())
                .isEqualTo(404);
        theirPortal.get("/portal");
        assertThat(theirPortal
                        .post(
                                "/portal/tickets/" + number + "/rating",
                                Map.of("responseSpeed", "1", "expertise", "1", "resolution", "1", "attitude", "1"))
                        .status())
                .isEqualTo(404);
        WebSession theirStaff = fixtures.pages(fixtures.staff(other, Role.AGENT).username());
        assertThat(theirStaff.get("/tickets/" + number + "/rating-panel").status())
                .isEqualTo(404);
        assertThat(fixtures.api(agent)
                        .get("/api/v1/tickets/" + number + "/rating")
                        .get("scores")
                        .get("attitude")
                        .asInt())
                .isEqualTo(3);
    }

    private void solve(String number) {
        tickets.changeStatus(number, TicketStatus.AWAITING_CONFIRMATION, null, Fixtures.actor(agent));
        tickets.changeStatus(number, TicketStatus.RESOLVED, null, Fixtures.actor(customer));
    }
}
