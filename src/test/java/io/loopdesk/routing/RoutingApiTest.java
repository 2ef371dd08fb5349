package io.loopdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * Routing over {@code /api/v1}: duty, agents' skills, the routing rules, transfers, dispatches to the platform,
 * escalations, the classifier and major incidents, as staff of one tenant see them, with another tenant's people
 * never reaching them.
 */
@IntegrationTest
@Import(RoutingFixture.class)
class RoutingApiTest {

    @Autowired
    RoutingFixture routing;

    @Autowired
    Fixtures fixtures;

    @Autowired
    BackgroundWork background;

    RoutingFixture.Desk desk;
    RoutingFixture.Desk elsewhere;
    TeamView team;
    Actor agent;
    Api agents;
    Api supervisors;
    Api admins;

    @BeforeEach
    void setUp() {
        desk = routing.desk();
        elsewhere = routing.desk();
        team = desk.team("technical.network", null);
        agent = desk.agent(team, Set.of(), null, true);
        agents = fixtures.api(agent.username(), Fixtures.PASSWORD);
        supervisors = fixtures.api(desk.supervisor.username(), Fixtures.PASSWORD);
        admins = fixtures.api(desk.admin.username(), Fixtures.PASSWORD);
    }

    @Test
    void anAgentGoesOffAndOnDutyAndSeesIt() {
        Api.Response off = agents.put("/api/v1/me/duty", Map.of("onDuty", false, "note", "午休"));
        assertThat(off.status()).isEqualTo(200);
        assertThat(off.get("onDuty").asBoolean()).isFalse();
        assertThat(agents.get("/api/v1/me/duty").get("onDuty").asBoolean()).isFalse();

        Api.Response on = agents.put("/api/v1/me/duty", Map.of("onDuty", true));
        assertThat(on.status()).isEqualTo(200);
        assertThat(agents.get("/api/v1/me/duty").get("onDuty").asBoolean()).isTrue();

        Api.Response unreadable = agents.putRaw("/api/v1/me/duty", "{\"onDuty\": \"maybe\"}");
        assertProblem(unreadable, 400, "onDuty");
    }

    @Test
    void aSupervisorSetsAnAgentsSkillsAndCap() {
        Api.Response changed =
                supervisors.put("/api/v1/agents/" + agent.userId(), Map.of("skills", List.of("network"), "cap", 5));
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.get("ticketCap").asInt()).isEqualTo(5);
        JsonNode seen = agents.get("/api/v1/me/duty").json();
        assertThat(seen.get("skills").values()).extracting(JsonNode::asString).containsExactly("network");
        assertThat(seen.get("ticketCap").asInt()).isEqualTo(5);

        assertProblem(
                supervisors.put("/api/v1/agents/" + agent.userId(), Map.of("skills", List.of(), "cap", 0)), 400, "cap");
        assertThat(agents.put("/api/v1/agents/" + agent.userId(), Map.of("cap", 50))
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.api(elsewhere.supervisor.username(), Fixtures.PASSWORD)
                        .put("/api/v1/agents/" + agent.userId(), Map.of("cap", 50))
                        .status())
                .as("another tenant's agent")
                .isEqualTo(404);
        UserView customer = fixtures.customer(desk.tenant);
        Api.Response notAnAgent = fixtures.api(elsewhere.supervisor.username(), Fixtures.PASSWORD)
                .put("/api/v1/agents/" + customer.id(), Map.of("cap", 50));
        assertThat(notAnAgent.status()).as("another tenant's customer").isEqualTo(404);
        assertThat(notAnAgent.body()).doesNotContain(customer.username());
        assertThat(agents.get("/api/v1/me/duty").get("ticketCap").asInt()).isEqualTo(5);
    }

    @Test
    void anAdminChangesTheRoutingRulesAndEveryoneReadsThem() {
        Map<String, Object> rules = Map.of(
                "confidenceThreshold",
                0.7,
                "defaultCap",
                7,
                "autoAssign",
                true,
                "seniorTeamId",
                team.id(),
                "incidentWindowMinutes",
                45,
                "incidentThreshold",
                4);
        Api.Response changed = admins.put("/api/v1/routing-rules", rules);
        assertThat(changed.status()).isEqualTo(200);
        JsonNode read = agents.get("/api/v1/routing-rules").json();
        assertThat(read.get("defaultCap").asInt()).isEqualTo(7);
        assertThat(read.get("seniorTeamId").asLong()).isEqualTo(team.id());
        assertThat(read.get("incidentWindowMinutes").asInt()).isEqualTo(45);

        assertThat(supervisors.put("/api/v1/routing-rules", rules).status()).isEqualTo(403);
        assertProblem(
                admins.put("/api/v1/routing-rules", withValue(rules, "confidenceThreshold", 2)),
                400,
                "confidence threshold");
        assertThat(fixtures.api(elsewhere.admin.username(), Fixtures.PASSWORD)
                        .get("/api/v1/routing-rules")
                        .get("defaultCap")
                        .asInt())
                .as("the other tenant keeps its own rules")
                .isEqualTo(RoutingRules.DEFAULT.defaultCap());
        assertThat(agents.get("/api/v1/routing-rules").get("defaultCap").asInt())
                .isEqualTo(7);
    }

    @Test
    void anAgentTransfersATicketWithAHandoverNoteAndTheCustomerIsTold() {
        TeamView second = desk.team("technical.billing", null);
        String number = ticketOf(agent);

        Api.Response missingTarget = agents.post(
                "/api/v1/tickets/" + number + "/transfer", Map.of("found", "路由器频段不兼容", "nextSteps", "请联系客户更换频段"));
        assertProblem(missingTarget, 400, "toAgentId");
        Api.Response noNote = agents.post(
                "/api/v1/tickets/" + number + "/transfer",
                Map.of("toTeamId", second.id(), "found", "", "nextSteps", ""));
        assertProblem(noNote, 400, "found");
        assertThat(fieldsOf(noNote)).contains("found", "nextSteps");

        Api.Response transferred = agents.post(
                "/api/v1/tickets/" + number + "/transfer",
                Map.of("toTeamId", second.id(), "found", "路由器频段不兼容", "nextSteps", "请联系客户更换频段"));
        assertThat(transferred.status()).isEqualTo(201);
        assertThat(transferred.text("kind")).isEqualTo("TRANSFER");
        assertThat(transferred.text("note")).contains("路由器频段不兼容", "请联系客户更换频段");

        assertThat(agents.get("/api/v1/tickets/" + number + "/handovers").json().values())
                .singleElement()
                .satisfies(h -> assertThat(h.get("toTeamId").asLong()).isEqualTo(second.id()));
        assertThat(supervisors.get("/api/v1/tickets/" + number).get("teamId").asLong())
                .isEqualTo(second.id());
        assertThat(supervisors.get("/api/v1/tickets/" + number + "/messages").body())
                .as("the customer's standard reply")
                .contains("PUBLIC_REPLY");

        Api.Response stranger = fixtures.api(elsewhere.supervisor.username(), Fixtures.PASSWORD)
                .post(
                        "/api/v1/tickets/" + number + "/transfer",
                        Map.of("toTeamId", second.id(), "found", "别的租户的人", "nextSteps", "不应该成功"));
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(fixtures.api(elsewhere.supervisor.username(), Fixtures.PASSWORD)
                        .get("/api/v1/tickets/" + number + "/handovers")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aDispatchWaitsInThePlatformsQueueUntilTheOperatorAnswers() {
        String number = ticketOf(agent);
        Api operator = fixtures.api(fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR));

        assertProblem(agents.post("/api/v1/tickets/" + number + "/dispatch", Map.of("text", "查")), 400, "problem");
        Api.Response dispatched =
                agents.post("/api/v1/tickets/" + number + "/dispatch", Map.of("text", "平台存储服务异常，需平台侧排查"));
        assertThat(dispatched.status()).isEqualTo(201);
        assertThat(dispatched.text("kind")).isEqualTo("DISPATCH");
        long id = dispatched.get("id").asLong();
        assertThat(agents.post("/api/v1/tickets/" + number + "/dispatch", Map.of("text", "再派一次，平台侧排查"))
                        .status())
                .as("already with the platform")
                .isEqualTo(409);

        assertThat(agents.get("/api/v1/dispatches").status()).isEqualTo(403);
        assertThat(operator.get("/api/v1/dispatches").json().values())
                .anySatisfy(d -> assertThat(d.get("ticketNumber").asString()).isEqualTo(number));
        assertThat(agents.post("/api/v1/dispatches/" + id + "/answer", Map.of("text", "已修复"))
                        .status())
                .isEqualTo(403);
        assertProblem(operator.post("/api/v1/dispatches/" + id + "/answer", Map.of("text", " ")), 400, "answer");

        Api.Response answered = operator.post("/api/v1/dispatches/" + id + "/answer", Map.of("text", "存储节点已修复"));
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.get("open").asBoolean()).isFalse();
        assertThat(operator.get("/api/v1/dispatches").json().values())
                .noneSatisfy(d -> assertThat(d.get("ticketNumber").asString()).isEqualTo(number));
        assertThat(agents.get("/api/v1/tickets/" + number + "/messages").body()).contains("存储节点已修复");
        assertThat(operator.post("/api/v1/dispatches/" + id + "/answer", Map.of("text", "再答一次"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anEscalationGoesToTheSeniorTeamSetInTheRules() {
        String number = ticketOf(agent);
        assertThat(agents.post("/api/v1/tickets/" + number + "/escalate", Map.of("text", "需要查看服务端日志"))
                        .status())
                .as("no senior team set yet")
                .isEqualTo(409);
        TeamView senior = desk.team("technical.senior", null);
        desk.rules(new RoutingRules(0.6, 20, true, senior.id(), null, 30, 5, SurgeRule.DEFAULT));

        assertProblem(agents.post("/api/v1/tickets/" + number + "/escalate", Map.of("text", "急")), 400, "reason");
        Api.Response escalated =
                agents.post("/api/v1/tickets/" + number + "/escalate", Map.of("text", "需要查看服务端日志，一线无权限"));
        assertThat(escalated.status()).isEqualTo(201);
        assertThat(escalated.text("level")).isEqualTo("SENIOR");
        assertThat(agents.get("/api/v1/tickets/" + number).get("teamId").asLong())
                .isEqualTo(senior.id());
        assertThat(fixtures.api(elsewhere.supervisor.username(), Fixtures.PASSWORD)
                        .post("/api/v1/tickets/" + number + "/escalate", Map.of("text", "别的租户来升级"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aReviewerTriesTheClassifierAndDecidesAPendingTicketsCategory() {
        Api.Response tried = agents.post("/api/v1/classification/try", Map.of("text", "门锁连不上 WiFi，App 显示离线"));
        assertThat(tried.status()).isEqualTo(200);
        assertThat(tried.json().has("categoryCode")).isTrue();
        assertThat(agents.get("/api/v1/classification/pending").status()).isEqualTo(200);
        UserView customer = fixtures.customer(desk.tenant);
        assertThat(fixtures.api(customer)
                        .post("/api/v1/classification/try", Map.of("text", "x"))
                        .status())
                .isEqualTo(403);

        String number = ticketOf(agent);
        assertProblem(
                agents.put("/api/v1/tickets/" + number + "/category", Map.of("category", "no-such")), 400, "category");
        desk.team("technical.billing", null);
        Api.Response decided =
                agents.put("/api/v1/tickets/" + number + "/category", Map.of("category", "technical.billing"));
        assertThat(decided.status()).isEqualTo(204);
        assertThat(agents.get("/api/v1/tickets/" + number).text("category")).isEqualTo("technical.billing");
        assertThat(fixtures.api(customer)
                        .put("/api/v1/tickets/" + number + "/category", Map.of("category", "technical.network"))
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.api(elsewhere.supervisor.username(), Fixtures.PASSWORD)
                        .put("/api/v1/tickets/" + number + "/category", Map.of("category", "technical.network"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aSupervisorDeclaresLinksAndResolvesAnIncident() {
        String number = ticketOf(agent);
        assertProblem(supervisors.post("/api/v1/incidents", Map.of("title", " ")), 400, "title");
        assertProblem(
                supervisors.post("/api/v1/incidents", Map.of("title", "CDN 故障", "category", "no-such")),
                400,
                "category");
        assertThat(agents.post("/api/v1/incidents", Map.of("title", "CDN 故障")).status())
                .isEqualTo(403);

        Api.Response declared = supervisors.post(
                "/api/v1/incidents",
                Map.of("title", "CDN 故障", "description", "多个直播间卡顿", "category", "technical.network"));
        assertThat(declared.status()).isEqualTo(201);
        long id = declared.get("id").asLong();
        assertThat(declared.text("status")).isEqualTo("OPEN");

        Api.Response linked = agents.post("/api/v1/incidents/" + id + "/tickets/" + number, Map.of());
        assertThat(linked.status()).isEqualTo(200);
        assertThat(linked.get("tickets").values())
                .extracting(JsonNode::asString)
                .containsExactly(number);
        assertThat(agents.get("/api/v1/incidents").json().values())
                .anySatisfy(i -> assertThat(i.get("id").asLong()).isEqualTo(id));

        Api strangers = fixtures.api(elsewhere.supervisor.username(), Fixtures.PASSWORD);
        String theirs = fixtures.ticketOf(fixtures.customer(elsewhere.tenant)).number();
        assertThat(strangers
                        .post("/api/v1/incidents/" + id + "/tickets/" + theirs, Map.of())
                        .status())
                .isEqualTo(404);
        assertThat(strangers
                        .post("/api/v1/incidents/" + id + "/resolve", Map.of("text", "CDN 已恢复，请确认是否正常"))
                        .status())
                .isEqualTo(404);
        assertThat(strangers.get("/api/v1/incidents").body()).doesNotContain("CDN 故障");

        Api.Response resolved =
                supervisors.post("/api/v1/incidents/" + id + "/resolve", Map.of("text", "CDN 已恢复，请确认是否正常"));
        assertThat(resolved.status()).isEqualTo(200);
        assertThat(resolved.text("status")).isEqualTo("RESOLVED");
        background.settle();
        assertThat(agents.get("/api/v1/tickets/" + number + "/messages").body()).contains("CDN 已恢复，请确认是否正常");
    }

    private static Map<String, Object> withValue(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    /** A ticket of the desk's category, assigned to {@code handler}. */
    private String ticketOf(Actor handler) {
        String number = fixtures.ticketOf(fixtures.customer(desk.tenant)).number();
        background.settle();
        Api.Response assigned =
                supervisors.put("/api/v1/tickets/" + number + "/assignee", Map.of("assigneeId", handler.userId()));
        assertThat(assigned.status()).as(assigned.body()).isLessThan(300);
        return number;
    }

    private static List<String> fieldsOf(Api.Response problem) {
        JsonNode errors = problem.get("errors");
        return errors == null
                ? List.of()
                : errors.values().stream().map(e -> e.get("field").asString()).toList();
    }

    private static void assertProblem(Api.Response response, int status, String naming) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.isProblem()).as(response.body()).isTrue();
        assertThat(fieldsOf(response).contains(naming)
                        || response.text("detail").contains(naming))
                .as("names %s: %s", naming, response.body())
                .isTrue();
    }
}
