package io.loopdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Tickets linked to the R&D issue that tracks their fix: linked from the page or the API, the tracker's status pushed
 * back by a webhook in (plain or GitLab's issue event) reaches every linked ticket of that tenant with a history
 * line, and no other tenant's; bad addresses and statuses are refused and change nothing; customers never see it.
 */
@IntegrationTest
class IssueLinkTest {

    static final String ISSUE = "https://gitlab.example.com/acme/app/-/issues/42";

    @Autowired
    Fixtures fixtures;

    TenantInfo tenant;
    UserView agent;
    UserView customer;
    String first;
    String second;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        agent = fixtures.staff(tenant, Role.AGENT);
        customer = fixtures.customer(tenant);
        first = fixtures.ticketOf(customer).number();
        second = fixtures.ticketOf(customer).number();
    }

    @Test
    void theTrackersStatusReachesEveryLinkedTicket() {
        Api api = fixtures.api(agent);
        Api.Response linked = api.put("/api/v1/tickets/" + first + "/issue-link", Map.of("url", ISSUE));
        assertThat(linked.status()).as(linked::body).isEqualTo(200);
        WebSession pages = fixtures.pages(agent);
        pages.get("/tickets/" + second);
        WebSession.Page panel = pages.post("/tickets/" + second + "/issue-link", Map.of("url", ISSUE));
        assertThat(panel.text()).contains(ISSUE, "No status reported by the tracker yet.");

        // a link to the same address in another tenant is not that tracker's business
        TenantInfo other = fixtures.tenant();
        UserView otherAgent = fixtures.staff(other, Role.AGENT);
        String elsewhere = fixtures.ticketOf(fixtures.customer(other)).number();
        fixtures.api(otherAgent).put("/api/v1/tickets/" + elsewhere + "/issue-link", Map.of("url", ISSUE));

        Api.Response reported = api.post(
                "/api/v1/issue-links/status",
                Map.of("object_kind", "issue", "object_attributes", Map.of("url", ISSUE, "state", "closed")));
        assertThat(reported.status()).as(reported::body).isEqualTo(200);
        assertThat(reported.body()).contains(first, second).doesNotContain(elsewhere);
        assertThat(api.get("/api/v1/tickets/" + first + "/issue-link").text("status"))
                .isEqualTo("closed");
        assertThat(pages.get("/tickets/" + second + "/issue-panel").text()).contains("closed");
        assertThat(pages.get("/tickets/" + first).text()).contains("R&D issue status: — → closed");
        assertThat(fixtures.api(otherAgent)
                        .get("/api/v1/tickets/" + elsewhere + "/issue-link")
                        .get("status")
                        .isNull())
                .isTrue();

        assertThat(api.post("/api/v1/issue-links/status", Map.of("url", ISSUE, "status", "reopened"))
                        .status())
                .isEqualTo(200);
        assertThat(api.get("/api/v1/tickets/" + second + "/issue-link").text("status"))
                .isEqualTo("reopened");

        assertThat(api.delete("/api/v1/tickets/" + first + "/issue-link").status())
                .isEqualTo(204);
        assertThat(api.get("/api/v1/tickets/" + first + "/issue-link").status()).isEqualTo(404);
    }

    @Test
    void badInputIsRefusedAndCustomersDoNotSeeIt() {
        Api api = fixtures.api(agent);
        for (String bad : new String[] {"", "jira APP-1", "ftp://tracker/1", "javascript:alert(1)"}) {
            Api.Response refused = api.put("/api/v1/tickets/" + first + "/issue-link", Map.of("url", bad));
            assertThat(refused.status()).as(bad).isEqualTo(400);
            assertThat(refused.body()).contains("starting with https://");
        }
        assertThat(api.get("/api/v1/tickets/" + first + "/issue-link").status()).isEqualTo(404);
        WebSession pages = fixtures.pages(agent);
        pages.get("/tickets/" + first);
        assertThat(pages.post("/tickets/" + first + "/issue-link", Map.of("url", "APP-1"))
                        .text())
                .contains("starting with https://");

        api.put("/api/v1/tickets/" + first + "/issue-link", Map.of("url", ISSUE));
        assertThat(api.post("/api/v1/issue-links/status", Map.of("url", ISSUE, "status", " "))
                        .status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/issue-links/status", Map.of("url", ISSUE, "status", "x".repeat(101)))
                        .status())
                .isEqualTo(400);
        assertThat(api.get("/api/v1/tickets/" + first + "/issue-link")
                        .get("status")
                        .isNull())
                .isTrue();

        assertThat(fixtures.api(customer)
                        .get("/api/v1/tickets/" + first + "/issue-link")
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.api(customer)
                        .post("/api/v1/issue-links/status", Map.of("url", ISSUE, "status", "closed"))
                        .status())
                .isEqualTo(403);
    }
}
