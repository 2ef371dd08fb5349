package io.loopdesk.ticket.savedview;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.routing.Teams;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.Urgency;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Saved views as the people of a desk use them: an agent keeps a filtered list under a name with the columns they
 * want, its counter in the sidebar counts what it lists; a supervisor shares views with a team or everyone; nobody
 * else sees a personal view, no other tenant sees any; bad names, filters, teams and columns are refused with a
 * message and save nothing.
 */
@IntegrationTest
class SavedViewsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    Teams teams;

    TenantInfo tenant;
    UserView agent;
    UserView colleague;
    UserView supervisor;
    UserView customer;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        agent = fixtures.staff(tenant, Role.AGENT);
        colleague = fixtures.staff(tenant, Role.AGENT);
        supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        customer = fixtures.customer(tenant);
    }

    @Test
    void anAgentKeepsAFilteredListWithItsColumnsAndItsCounterCountsIt() {
        urgent();
        urgent();
        fixtures.ticketOf(customer); // a normal one, not in the view

        WebSession pages = fixtures.pages(agent);
        pages.get("/workspace?view=all&urgency=URGENT");
        WebSession.Page saved = pages.post(
                "/workspace/views",
                Map.of(
                        "name", "Urgent ones",
                        "page", "workspace",
                        "filters", "view=all&urgency=URGENT&status=&q=&order=OLDEST&cursor=abc",
                        "columns", "STATUS"));
        assertThat(saved.text()).contains("The view is saved.");
        assertThat(saved.html().select("#saved-view-name").text()).isEqualTo("Urgent ones");
        Element link = saved.html().selectFirst(".saved-views li a");
        assertThat(link.text()).isEqualTo("Urgent ones 2");
        assertThat(link.attr("href")).contains("urgency=URGENT", "order=OLDEST").doesNotContain("cursor", "status=");
        // the view's list: its two tickets, with only the columns chosen besides number and title
        assertThat(saved.html().select("#queue tbody tr")).hasSize(2);
        assertThat(saved.html().select("#queue thead th").eachText()).containsExactly("Number", "Title", "Status");

        urgent();
        assertThat(pages.get("/workspace")
                        .html()
                        .selectFirst(".saved-views li a")
                        .text())
                .isEqualTo("Urgent ones 3");

        // personal: the colleague does not see it, by the sidebar, the API or its address
        long id =
                fixtures.api(agent).get("/api/v1/views").json().get(0).get("id").asLong();
        assertThat(fixtures.pages(colleague).get("/workspace").text()).doesNotContain("Urgent ones");
        assertThat(fixtures.api(colleague).get("/api/v1/views").json().size()).isZero();
        assertThat(fixtures.pages(colleague).get("/workspace?sv=" + id).status())
                .isEqualTo(404);
        assertThat(fixtures.api(colleague).delete("/api/v1/views/" + id).status())
                .isEqualTo(404);

        WebSession.Page deleted = pages.post("/workspace/views/" + id + "/delete", Map.of());
        assertThat(deleted.text()).contains("The view is deleted.").doesNotContain("Urgent ones");
    }

    @Test
    void supervisorsShareViewsWithATeamOrEveryoneAndOnlyTheyRemoveThem() {
        long aftersales = TenantScope.inTenant(tenant.id(), () -> teams.create(tenant.id(), "Aftersales", null))
                .id();
        TenantScope.inTenant(tenant.id(), () -> teams.addMember(aftersales, agent.id()));
        urgent();

        Api boss = fixtures.api(supervisor);
        Api.Response team = boss.post(
                "/api/v1/views",
                Map.of(
                        "name", "Aftersales urgent",
                        "scope", "TEAM",
                        "teamId", aftersales,
                        "filters", "view=all&urgency=URGENT",
                        "columns", List.of("STATUS", "ASSIGNEE")));
        assertThat(team.status()).as(team::body).isEqualTo(201);
        assertThat(team.get("count").asLong()).isEqualTo(1);
        Api.Response everyone =
                boss.post("/api/v1/views", Map.of("name", "Everything open", "scope", "TENANT", "filters", ""));
        assertThat(everyone.status()).as(everyone::body).isEqualTo(201);

        assertThat(fixtures.api(agent).get("/api/v1/views").body()).contains("Aftersales urgent", "Everything open");
        assertThat(fixtures.pages(agent)
                        .get("/workspace")
                        .html()
                        .select(".saved-views li")
                        .text())
                .contains("Aftersales urgent", "A team", "Everything open", "Everyone");
        assertThat(fixtures.api(colleague).get("/api/v1/views").body())
                .contains("Everything open")
                .doesNotContain("Aftersales urgent");

        TenantInfo other = fixtures.tenant();
        UserView stranger = fixtures.staff(other, Role.SUPERVISOR);
        assertThat(fixtures.api(stranger).get("/api/v1/views").json().size()).isZero();
        long teamView = team.get("id").asLong();
        assertThat(fixtures.api(stranger).delete("/api/v1/views/" + teamView).status())
                .isEqualTo(404);

        // an agent may neither share nor remove what was shared
        Api.Response shared =
                fixtures.api(agent).post("/api/v1/views", Map.of("name", "Mine for all", "scope", "TENANT"));
        assertThat(shared.status()).isEqualTo(403);
        assertThat(shared.body()).contains("Only supervisors and tenant admins share views");
        assertThat(fixtures.api(agent).delete("/api/v1/views/" + teamView).status())
                .isEqualTo(403);
        assertThat(boss.delete("/api/v1/views/" + teamView).status()).isEqualTo(204);
        assertThat(fixtures.api(agent).get("/api/v1/views").body()).doesNotContain("Aftersales urgent");
    }

    @Test
    void badViewsAreRefusedWithAMessageAndNothingIsSaved() {
        Api api = fixtures.api(agent);
        Map<Map<String, Object>, String> bad = Map.of(
                Map.of("name", " "), "Give the view a name.",
                Map.of("name", "x".repeat(61)), "at most 60 characters",
                Map.of("name", "Bad status", "filters", "status=LOST"), "status cannot be 'LOST'",
                Map.of("name", "Bad date", "filters", "from=yesterday"), "filters are not valid",
                Map.of("name", "Bad team", "filters", "team=abc"), "team must be a number",
                Map.of("name", "Bad encoding", "filters", "q=%zz"), "not URL-encoded",
                Map.of("name", "No columns", "columns", List.of()), "at least one column",
                Map.of("name", "Bad page", "page", "reports"), "workspace or the desk");
        bad.forEach((body, message) -> {
            Api.Response refused = api.post("/api/v1/views", body);
            assertThat(refused.status()).as(body::toString).isEqualTo(400);
            assertThat(refused.body()).as(body::toString).contains(message);
        });
        Api.Response teamless = fixtures.api(supervisor)
                .post("/api/v1/views", Map.of("name", "Nowhere", "scope", "TEAM", "teamId", 999_999));
        assertThat(teamless.status()).isEqualTo(400);
        assertThat(teamless.body()).contains("Choose one of your tenant's teams.");
        assertThat(api.get("/api/v1/views").json().size()).isZero();

        // the page says it in the reader's language and keeps the list
        WebSession chinese = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "zh-CN");
        chinese.get("/workspace?view=all");
        WebSession.Page refused = chinese.post(
                "/workspace/views",
                Map.of("name", "", "page", "workspace", "filters", "view=all", "columns", "STATUS"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.text()).contains("请给视图起个名称。");
        assertThat(api.get("/api/v1/views").json().size()).isZero();
        assertThat(fixtures.api(customer).get("/api/v1/views").status()).isEqualTo(403);
    }

    private void urgent() {
        tickets.open(
                tenant.id(),
                Channel.WEB,
                Fixtures.validTicket().urgency(Urgency.URGENT).build(),
                Fixtures.actor(customer));
    }
}
