package io.loopdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The tenant admin's routing pages over HTTP: each form saves, says so, and the page lists the change; a value a
 * rule refuses is shown with the rule; other roles and other tenants change nothing.
 */
@IntegrationTest
@Import(RoutingFixture.class)
class RoutingAdminPagesTest {

    @Autowired
    RoutingFixture routing;

    @Autowired
    Fixtures fixtures;

    @Autowired
    RoutingPolicies policies;

    @Autowired
    Shifts shifts;

    @Autowired
    Teams teams;

    @Autowired
    Presence presence;

    RoutingFixture.Desk desk;
    WebSession admin;

    @BeforeEach
    void setUp() {
        desk = routing.desk();
        admin = fixtures.pages(desk.admin.username());
    }

    @Test
    void theRulesAreSavedAndShownAndAValueOutOfRangeIsRefusedWithItsRule() {
        admin.get("/admin/routing");
        WebSession.Page saved = admin.post("/admin/routing/rules", rules("9"));
        assertThat(saved.text()).contains("The rules were saved.");
        assertThat(saved.html().selectFirst("input[name=defaultCap]").val()).isEqualTo("9");
        assertThat(policies.rules(desk.tenant.id()).defaultCap()).isEqualTo(9);

        WebSession.Page refused = admin.post("/admin/routing/rules", rules("0"));
        assertThat(refused.text()).contains("An agent's ticket cap is between 1 and 1000");
        WebSession.Page unreadable = admin.post("/admin/routing/rules", rules("many"));
        assertThat(unreadable.status()).isEqualTo(400);
        assertThat(unreadable.text()).contains("defaultCap");
        assertThat(policies.rules(desk.tenant.id()).defaultCap()).isEqualTo(9);
    }

    @Test
    void theSurgeRuleIsEditedWithTheOtherRulesAndAValueOutOfItsRangeIsRefusedWithItsRule() {
        WebSession.Page page = admin.get("/admin/routing");
        assertThat(page.text()).contains("Surge window (minutes, 10–1440)", "Times the usual volume (1.5–20)");
        assertThat(page.html().selectFirst("input[name=surgeWindowMinutes]").val())
                .isEqualTo("60");
        assertThat(page.html().selectFirst("input[name=surgeMinimum]").val()).isEqualTo("10");

        Map<String, String> surge = new java.util.HashMap<>(rules("20"));
        surge.putAll(Map.of("surgeWindowMinutes", "30", "surgeFactor", "2.5", "surgeMinimum", "8"));
        WebSession.Page saved = admin.post("/admin/routing/rules", surge);
        assertThat(saved.text()).contains("The rules were saved.");
        assertThat(saved.html().selectFirst("input[name=surgeFactor]").val()).isEqualTo("2.5");
        assertThat(policies.rules(desk.tenant.id()).surge()).isEqualTo(new SurgeRule(30, 2.5, 8));

        for (Map.Entry<String, String> bad : Map.of(
                        "surgeWindowMinutes", "The surge window is 10 to 1440 minutes",
                        "surgeFactor", "The surge factor is between 1.5 and 20 times the usual volume",
                        "surgeMinimum", "A surge needs a minimum of 3 to 10000 tickets in its window")
                .entrySet()) {
            Map<String, String> refused = new java.util.HashMap<>(surge);
            refused.put(bad.getKey(), bad.getKey().equals("surgeFactor") ? "25" : "2");
            assertThat(admin.post("/admin/routing/rules", refused).text()).contains(bad.getValue());
        }
        assertThat(policies.rules(desk.tenant.id()).surge()).isEqualTo(new SurgeRule(30, 2.5, 8));

        // a form without the surge fields (an old page still open) keeps the tenant's surge rule
        admin.post("/admin/routing/rules", rules("21"));
        assertThat(policies.rules(desk.tenant.id()).defaultCap()).isEqualTo(21);
        assertThat(policies.rules(desk.tenant.id()).surge()).isEqualTo(new SurgeRule(30, 2.5, 8));
    }

    @Test
    void aTeamIsCreatedAndGetsAMemberAndACategory() {
        admin.get("/admin/routing/teams");
        assertThat(admin.post("/admin/routing/teams", Map.of("name", "门锁二线")).text())
                .contains("The rules were saved.", "门锁二线");
        TeamView team = teams.in(desk.tenant.id()).getFirst();
        Actor agent = desk.agent(desk.team("technical.other", null), Set.of(), null, false);

        WebSession.Page members = admin.post(
                "/admin/routing/members",
                Map.of("teamId", String.valueOf(team.id()), "userId", String.valueOf(agent.userId())));
        assertThat(members.text()).contains("The rules were saved.", agent.name());
        assertThat(TenantScope.inTenant(desk.tenant.id(), () -> teams.members(team.id())))
                .contains(agent.userId());

        admin.get("/admin/routing/categories");
        WebSession.Page category = admin.post(
                "/admin/routing/categories",
                Map.of(
                        "code", "technical.lock",
                        "nameZh", "门锁故障",
                        "nameEn", "Lock faults",
                        "teamId", String.valueOf(team.id()),
                        "skill", "lock"));
        assertThat(category.text()).contains("The rules were saved.", "technical.lock", "Lock faults");
        WebSession.Page badCode = admin.post(
                "/admin/routing/categories", Map.of("code", "Technical Lock", "nameZh", "门锁", "nameEn", "Locks"));
        assertThat(badCode.text()).contains("A category code is one or two levels");
        assertThat(routing.categories.of(desk.tenant.id()))
                .extracting(CategoryView::code)
                .contains("technical.lock")
                .doesNotContain("Technical Lock");
    }

    @Test
    void aShiftIsAddedListedAndRemovedAndAShiftBackwardsIsRefused() {
        TeamView team = desk.team("technical.network", null);
        admin.get("/admin/routing/shifts");
        WebSession.Page added = admin.post("/admin/routing/shifts", shift(team, "09:00", "18:00"));
        assertThat(added.text()).contains("The rules were saved.", "09:00", "18:00");
        assertThat(shifts.of(desk.tenant.id())).hasSize(1);

        assertThat(admin.post("/admin/routing/shifts", shift(team, "18:00", "09:00"))
                        .text())
                .contains("A shift ends after it starts");
        assertThat(admin.post("/admin/routing/shifts", shift(team, "25:00", "26:00"))
                        .text())
                .contains("25:00");
        assertThat(shifts.of(desk.tenant.id())).hasSize(1);

        long id = shifts.of(desk.tenant.id()).getFirst().id();
        assertThat(admin.post("/admin/routing/shifts/" + id + "/delete", Map.of())
                        .text())
                .contains("The rules were saved.");
        assertThat(shifts.of(desk.tenant.id())).isEmpty();
    }

    @Test
    void anAgentsSkillsAndCapAreSetOnTheAgentsPage() {
        Actor agent = desk.agent(desk.team("technical.network", null), Set.of(), null, false);
        admin.get("/admin/routing/agents");
        WebSession.Page saved = admin.post(
                "/admin/routing/agents",
                Map.of("userId", String.valueOf(agent.userId()), "skills", "network， lock", "cap", "4"));
        assertThat(saved.text()).contains("The rules were saved.");
        AgentView seen = presence.of(agent.userId());
        assertThat(seen.skills()).containsExactlyInAnyOrder("network", "lock");
        assertThat(seen.ticketCap()).isEqualTo(4);

        assertThat(admin.post(
                                "/admin/routing/agents",
                                Map.of("userId", String.valueOf(agent.userId()), "skills", "net work!", "cap", "4"))
                        .text())
                .contains("A skill tag is 1-30 letters");
        assertThat(presence.of(agent.userId()).skills()).containsExactlyInAnyOrder("network", "lock");
    }

    @Test
    void otherRolesSeeAccessDeniedAndChangeNothing() {
        Actor agent = desk.agent(desk.team("technical.network", null), Set.of(), null, true);
        WebSession agents = fixtures.pages(agent.username());
        assertThat(agents.get("/admin/routing").status()).isEqualTo(403);
        agents.get("/workspace");
        WebSession.Page refused = agents.post("/admin/routing/teams", Map.of("name", "自封的团队"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(teams.in(desk.tenant.id())).extracting(TeamView::name).doesNotContain("自封的团队");
        assertThat(fixtures.pages(desk.supervisor.username())
                        .post("/admin/routing/rules", rules("3"))
                        .status())
                .isEqualTo(403);
        assertThat(policies.rules(desk.tenant.id()).defaultCap()).isEqualTo(RoutingRules.DEFAULT.defaultCap());
    }

    @Test
    void anotherTenantsTeamsShiftsAndAgentsCannotBeChanged() {
        TeamView team = desk.team("technical.network", null);
        Actor agent = desk.agent(team, Set.of("network"), 3, false);
        shifts.add(
                desk.tenant.id(),
                new ShiftView(
                        null,
                        team.id(),
                        java.time.DayOfWeek.MONDAY,
                        java.time.LocalTime.of(9, 0),
                        java.time.LocalTime.of(18, 0),
                        desk.tenant.timeZone()),
                desk.admin);
        long shift = shifts.of(desk.tenant.id()).getFirst().id();
        RoutingFixture.Desk elsewhere = routing.desk();
        WebSession stranger = fixtures.pages(elsewhere.admin.username());
        Actor theirAgent = elsewhere.agent(elsewhere.team("technical.network", null), Set.of(), null, false);
        stranger.get("/admin/routing/teams");

        WebSession.Page member = stranger.post(
                "/admin/routing/members",
                Map.of("teamId", String.valueOf(team.id()), "userId", String.valueOf(theirAgent.userId())));
        assertThat(member.text()).contains("No team " + team.id());
        assertThat(TenantScope.inTenant(desk.tenant.id(), () -> teams.members(team.id())))
                .doesNotContain(theirAgent.userId());
        stranger.post("/admin/routing/shifts/" + shift + "/delete", Map.of());
        assertThat(shifts.of(desk.tenant.id())).hasSize(1);
        WebSession.Page agents = stranger.post(
                "/admin/routing/agents", Map.of("userId", String.valueOf(agent.userId()), "skills", "", "cap", "99"));
        // another tenant's agent is not found, as on every page
        assertThat(agents.status()).isEqualTo(404);
        assertThat(presence.of(agent.userId()).ticketCap()).isEqualTo(3);
        assertThat(stranger.post("/admin/routing/shifts", shift(team, "08:00", "12:00"))
                        .text())
                .contains("No such team in this tenant.");
    }

    private static Map<String, String> rules(String defaultCap) {
        return Map.of(
                "confidenceThreshold", "0.8",
                "defaultCap", defaultCap,
                "autoAssign", "true",
                "incidentWindowMinutes", "60",
                "incidentThreshold", "3");
    }

    private static Map<String, String> shift(TeamView team, String start, String end) {
        return Map.of("teamId", String.valueOf(team.id()), "day", "MONDAY", "start", start, "end", end);
    }
}
