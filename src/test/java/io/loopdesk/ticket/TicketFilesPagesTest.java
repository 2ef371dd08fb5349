package io.loopdesk.ticket;

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
 * What the ticket pages link to: an attachment downloaded from the staff page and from the portal, and a hidden
 * password revealed in place on the staff page. Only the ticket's own people get them.
 */
@IntegrationTest
class TicketFilesPagesTest {

    @Autowired
    Fixtures fixtures;

    TenantInfo tenant;
    UserView customer;
    UserView agent;
    String number;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        customer = fixtures.customer(tenant);
        agent = fixtures.staff(tenant, Role.AGENT);
        number = fixtures.ticketOf(customer).number();
    }

    @Test
    void anAttachmentDownloadsFromTheStaffPageAndThePortalButNotElsewhere() {
        byte[] png = TestFiles.png(40, 30);
        Api.Response uploaded = fixtures.api(customer)
                .multipart(
                        "/api/v1/tickets/" + number + "/attachments",
                        Map.of(),
                        List.of(new Api.FilePart("files", "截图.png", "image/png", png)));
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(201);
        long id = uploaded.json().get(0).get("id").asLong();

        Api.Download staff = fixtures.pages(agent).download("/tickets/" + number + "/attachments/" + id);
        assertThat(staff.status()).isEqualTo(200);
        assertThat(staff.body()).isEqualTo(png);
        assertThat(staff.header("Content-Type")).isEqualTo("image/png");
        assertThat(staff.header("X-Content-Type-Options")).isEqualTo("nosniff");
        Api.Download portal = fixtures.pages(customer).download("/portal/tickets/" + number + "/attachments/" + id);
        assertThat(portal.status()).isEqualTo(200);
        assertThat(portal.body()).isEqualTo(png);

        assertThat(fixtures.pages(agent)
                        .download("/tickets/" + number + "/attachments/" + (id + 1_000_000))
                        .status())
                .isEqualTo(404);
        TenantInfo other = fixtures.tenant();
        assertThat(fixtures.pages(fixtures.staff(other, Role.AGENT))
                        .download("/tickets/" + number + "/attachments/" + id)
                        .status())
                .isEqualTo(404);
        assertThat(fixtures.pages(fixtures.customer(other))
                        .download("/portal/tickets/" + number + "/attachments/" + id)
                        .status())
                .isEqualTo(404);
        String theirs = fixtures.ticketOf(fixtures.customer(tenant)).number();
        assertThat(fixtures.pages(customer)
                        .download("/portal/tickets/" + theirs + "/attachments/" + id)
                        .status())
                .as("the file asked for under another ticket")
                .isEqualTo(404);
    }

    @Test
    void aHiddenPasswordIsRevealedInPlaceForTheAgentOnly() {
        fixtures.api(customer)
                .post(
                        "/api/v1/tickets/" + number + "/messages",
                        Map.of("kind", "PUBLIC_REPLY", "body", "Sorry, my password: Hunter22! (the old one)"));
        long secret = fixtures.api(agent)
                .get("/api/v1/tickets/" + number + "/secrets")
                .json()
                .get(0)
                .get("id")
                .asLong();

        WebSession staff = fixtures.pages(agent);
        assertThat(staff.get("/tickets/" + number).text()).doesNotContain("Hunter22!");
        WebSession.Page revealed = staff.post("/tickets/" + number + "/secrets/" + secret + "/reveal", Map.of());
        assertThat(revealed.status()).isEqualTo(200);
        assertThat(revealed.text()).contains("Hunter22!");
        assertThat(fixtures.api(agent)
                        .get("/api/v1/tickets/" + number + "/history")
                        .body())
                .contains("secret-revealed");

        WebSession qa = fixtures.pages(fixtures.staff(tenant, Role.QA));
        qa.get("/tickets/" + number);
        WebSession.Page refused = qa.post("/tickets/" + number + "/secrets/" + secret + "/reveal", Map.of());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).doesNotContain("Hunter22!");
        WebSession stranger = fixtures.pages(fixtures.staff(fixtures.tenant(), Role.AGENT));
        stranger.get("/workspace");
        WebSession.Page notTheirs = stranger.post("/tickets/" + number + "/secrets/" + secret + "/reveal", Map.of());
        assertThat(notTheirs.status()).isEqualTo(404);
        assertThat(notTheirs.text()).doesNotContain("Hunter22!");
    }
}
