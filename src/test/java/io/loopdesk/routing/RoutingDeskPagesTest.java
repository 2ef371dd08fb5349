package io.loopdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.routing.incident.IncidentView;
import io.loopdesk.routing.incident.Incidents;
import io.loopdesk.routing.transfer.EscalationLevel;
import io.loopdesk.routing.transfer.HandoverView;
import io.loopdesk.routing.transfer.Transfers;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The staff's routing pages over HTTP: duty, the coverage warning, a ticket's routing panel and its forms
 * (transfer, dispatch, escalate, link), the platform's dispatch queue, major incidents, the review queue and the
 * keyword rules. Each form says what it did, the pages show the effect, and other tenants' things are not found.
 */
@IntegrationTest
@Import(RoutingFixture.class)
class RoutingDeskPagesTest {

    @Autowired
    RoutingFixture routing;

    @Autowired
    Fixtures fixtures;

    @Autowired
    BackgroundWork background;

    @Autowired
    Presence presence;

    @Autowired
    Transfers transfers;

    @Autowired
    Incidents incidents;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    Classifications classifications;

    @Autowired
    Shifts shifts;

    @Autowired
    io.loopdesk.testing.TestClock clock;

    RoutingFixture.Desk desk;
    TeamView team;
    Actor agent;
    WebSession agents;

    @BeforeEach
    void setUp() {
        desk = routing.desk();
        team = desk.team("technical.network", null);
        agent = desk.agent(team, Set.of(), null, true);
        agents = fixtures.pages(agent.username());
    }

    @Test
    void anAgentTogglesDutyOnTheWorkspace() {
        WebSession.Page duty = agents.get("/routing/duty");
        assertThat(duty.html().selectFirst("#duty-state").text()).isEqualTo("On duty");
        agents.get("/workspace");
        WebSession.Page off = agents.post("/routing/duty", Map.of("onDuty", "false"));
        assertThat(off.url()).endsWith("/workspace");
        assertThat(presence.of(agent.userId()).onDuty()).isFalse();
        assertThat(agents.get("/routing/duty").html().selectFirst("#duty-state").text())
                .isEqualTo("Off duty");
        assertThat(agents.post("/routing/duty", Map.of("onDuty", "perhaps")).status())
                .isEqualTo(400);
        assertThat(presence.of(agent.userId()).onDuty()).isFalse();
        WebSession customer = fixtures.pages(fixtures.customer(desk.tenant).username());
        assertThat(customer.get("/routing/duty").status()).isEqualTo(403);
    }

    @Test
    void theCoverageWarningNamesATeamInsideItsHoursWithNobodyOnDuty() {
        WebSession supervisor = fixtures.pages(desk.supervisor.username());
        assertThat(supervisor.get("/routing/coverage").text()).doesNotContain(team.name());
        presence.goOffDuty(agent, null);
        java.time.ZonedDateTime now =
                java.time.ZonedDateTime.now(desk.tenant.timeZone()).with(java.time.LocalTime.NOON);
        clock.set(now.toInstant());
        shifts.add(
                desk.tenant.id(),
                new ShiftView(
                        null,
                        team.id(),
                        now.getDayOfWeek(),
                        java.time.LocalTime.of(9, 0),
                        java.time.LocalTime.of(18, 0),
                        desk.tenant.timeZone()),
                desk.admin);
        assertThat(supervisor.get("/routing/coverage").text())
                .contains("Nobody of team \"" + team.name() + "\" is on duty");
        assertThat(agents.get("/routing/coverage").status()).isEqualTo(403);
    }

    @Test
    void theRoutingPanelTransfersDispatchesAndEscalatesATicket() {
        String number = assignedTicket();
        TeamView second = desk.team("technical.billing", null);
        WebSession.Page panel = agents.get("/tickets/" + number + "/routing-panel");
        assertThat(panel.status()).isEqualTo(200);
        assertThat(panel.text()).contains(second.name());

        agents.get("/tickets/" + number);
        WebSession.Page withoutNote =
                agents.post("/tickets/" + number + "/transfer", Map.of("toTeamId", String.valueOf(second.id())));
        assertThat(withoutNote.text()).doesNotContain("The ticket was transferred");
        assertThat(transfers.of(number, agent)).isEmpty();
        WebSession.Page transferred = agents.post(
                "/tickets/" + number + "/transfer",
                Map.of(
                        "toTeamId", String.valueOf(second.id()),
                        "found", "路由器频段不兼容",
                        "nextSteps", "请联系客户更换频段"));
        assertThat(transferred.text()).contains("The ticket was transferred; the customer was told.");
        assertThat(agents.get("/tickets/" + number + "/routing-panel").text()).contains("路由器频段不兼容");

        WebSession.Page dispatched =
                agents.post("/tickets/" + number + "/dispatch", Map.of("problem", "平台存储服务异常，需平台侧排查"));
        assertThat(dispatched.text()).contains("The ticket was dispatched to the platform's support.");
        assertThat(transfers.openDispatch(number, agent)).isNotNull();

        WebSession.Page noSeniorTeam = agents.post("/tickets/" + number + "/escalate", Map.of("reason", "需要查看服务端日志"));
        assertThat(noSeniorTeam.text()).contains("No team is set for the SENIOR level");
        desk.rules(new RoutingRules(0.6, 20, true, second.id(), null, 30, 5, SurgeRule.DEFAULT));
        WebSession.Page escalated = agents.post("/tickets/" + number + "/escalate", Map.of("reason", "需要查看服务端日志"));
        assertThat(escalated.text()).contains("The ticket was escalated.");
        assertThat(transfers.levelOf(number, agent)).isEqualTo(EscalationLevel.SENIOR);

        WebSession stranger = fixtures.pages(routing.desk().supervisor.username());
        assertThat(stranger.get("/tickets/" + number + "/routing-panel").status())
                .isEqualTo(404);
        stranger.get("/workspace");
        assertThat(stranger.post("/tickets/" + number + "/dispatch", Map.of("problem", "别的租户派单到平台侧"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void thePlatformAnswersADispatchFromItsQueue() {
        String number = assignedTicket();
        HandoverView dispatch = transfers.dispatch(number, "平台存储服务异常，需平台侧排查", agent);
        UserView operator = fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR);
        WebSession platform = fixtures.pages(operator.username());
        assertThat(platform.get("/platform/dispatches").text()).contains(number, "平台存储服务异常");

        WebSession.Page empty = platform.post("/platform/dispatches/" + dispatch.id() + "/answer", Map.of());
        assertThat(empty.text()).contains("Write what the platform found and did.");
        WebSession.Page answered =
                platform.post("/platform/dispatches/" + dispatch.id() + "/answer", Map.of("answer", "存储节点已修复"));
        assertThat(answered.text()).contains("The dispatch was answered").doesNotContain(number);
        assertThat(transfers.openDispatch(number, agent)).isNull();

        assertThat(agents.get("/platform/dispatches").status()).isEqualTo(403);
    }

    @Test
    void aSupervisorDeclaresConfirmsLinksAndResolvesAnIncidentOnItsPages() {
        String number = assignedTicket();
        WebSession supervisor = fixtures.pages(desk.supervisor.username());
        supervisor.get("/incidents");
        WebSession.Page untitled = supervisor.post("/incidents", Map.of("title", " "));
        assertThat(untitled.url()).endsWith("/incidents");
        assertThat(untitled.text()).contains("title");
        WebSession.Page declared = supervisor.post(
                "/incidents", Map.of("title", "CDN 故障", "description", "多个直播间卡顿", "category", "technical.network"));
        assertThat(declared.text()).contains("The incident was declared.", "CDN 故障");
        long id = Long.parseLong(declared.url().replaceAll(".*/incidents/", ""));

        WebSession.Page linked = supervisor.post("/incidents/" + id + "/link", Map.of("number", number));
        assertThat(linked.text()).contains("The ticket was linked to the incident.", number);
        assertThat(supervisor.get("/incidents").text()).contains("CDN 故障");

        WebSession.Page confirmed = supervisor.post("/incidents/" + id + "/confirm", Map.of());
        assertThat(confirmed.text()).contains("The incident was confirmed.");
        WebSession.Page resolved =
                supervisor.post("/incidents/" + id + "/resolve", Map.of("message", "CDN 已恢复，请确认是否正常"));
        assertThat(resolved.text()).contains("The incident was resolved", "Resolved");
        background.settle();
        assertThat(queries.messages(number, agent))
                .anySatisfy(m -> assertThat(m.body()).contains("CDN 已恢复"));
        assertThat(supervisor.post("/incidents/" + id + "/dismiss", Map.of()).text())
                .contains("is Resolved already");

        agents.get("/incidents");
        assertThat(agents.post("/incidents", Map.of("title", "自己宣布")).status()).isEqualTo(403);
        WebSession stranger = fixtures.pages(routing.desk().supervisor.username());
        assertThat(stranger.get("/incidents/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/incidents").text()).doesNotContain("CDN 故障");
    }

    @Test
    void aTicketIsLinkedToAnIncidentFromItsPanel() {
        String number = assignedTicket();
        IncidentView incident = incidents.declare("门锁批量离线", "", "technical.network", desk.supervisor);
        agents.get("/tickets/" + number);
        WebSession.Page unchosen = agents.post("/tickets/" + number + "/incident", Map.of());
        assertThat(unchosen.text()).contains("incident");
        assertThat(incidents.get(incident.id(), agent).tickets()).isEmpty();
        WebSession.Page linked =
                agents.post("/tickets/" + number + "/incident", Map.of("incidentId", String.valueOf(incident.id())));
        assertThat(linked.text()).contains("The ticket was linked to the incident.");
        assertThat(incidents.get(incident.id(), agent).tickets()).containsExactly(number);
    }

    @Test
    void anAdminEditsTheExampleSentencesOfTheClassificationByMeaningInTheirLanguage() {
        WebSession admin = fixtures.pages(desk.admin.username());
        WebSession.Page shipped = admin.get("/admin/routing/keywords");
        assertThat(shipped.html().select("#examples-text").text()).contains("technical.stream |");
        assertThat(shipped.html().select("#examples").text()).contains("ready-made examples of the default categories");
        assertThat(shipped.html().select("#examples-learning").text())
                .isEqualTo(
                        "Once your team has placed 100 tickets by hand (reviewed, re-classified or solved), it learns"
                                + " from them too; 0 so far.");

        WebSession.Page refused =
                admin.post("/admin/routing/examples", Map.of("examples", "technical.stream | 直播黑屏\nno.such | 文本"));
        assertThat(refused.html().select("#examples .alert.error").text())
                .isEqualTo("Line 2 is not \"category | sentence\" with one of your categories: no.such | 文本");
        assertThat(refused.html().select("#examples-text").text()).contains("no.such | 文本");
        WebSession chinese = WebSession.signedIn(fixtures.baseUrl(), desk.admin.username(), Fixtures.PASSWORD, "zh-CN");
        assertThat(chinese.get("/admin/routing/keywords")
                        .html()
                        .select("#examples-learning")
                        .text())
                .isEqualTo("团队人工归类的工单（审核、改分类或在该分类下解决）达到 100 张后，也会从中学习；目前 0 张。");
        assertThat(chinese.post("/admin/routing/examples", Map.of("examples", "# 空的\n"))
                        .html()
                        .select("#examples .alert.error")
                        .text())
                .isEqualTo("请至少填写一条例句。");

        WebSession.Page saved = admin.post("/admin/routing/examples", Map.of("examples", "technical.stream | 直播一直转圈"));
        assertThat(saved.text()).contains("The examples were saved").contains("These are your own examples.");
        assertThat(saved.html().select("#examples-text").text()).isEqualTo("technical.stream | 直播一直转圈");
        WebSession.Page reset = admin.post("/admin/routing/examples/reset", Map.of());
        assertThat(reset.text()).contains("The ready-made examples are used again.");
        assertThat(chinese.get("/admin/audit?action=routing.examples").text()).contains("更改分类例句");
        assertThat(agents.post("/admin/routing/examples", Map.of("examples", "technical.stream | x"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void aReviewerClassifiesAPendingTicketAndAnAdminEditsTheKeywordRules() {
        WebSession admin = fixtures.pages(desk.admin.username());
        assertThat(agents.get("/review").text()).contains("Tickets to classify");
        String number = assignedTicket();
        agents.get("/review");
        WebSession.Page unknown = agents.post("/review/" + number, Map.of("category", "no-such"));
        assertThat(unknown.text()).contains("Choose one of the tenant's categories.");
        desk.team("technical.billing", null);
        WebSession.Page decided = agents.post("/review/" + number, Map.of("category", "technical.billing"));
        assertThat(decided.text()).contains("The ticket was classified and routed.");
        assertThat(queries.get(number, agent).category()).isEqualTo("technical.billing");

        WebSession.Page keywords = admin.get("/admin/routing/keywords");
        assertThat(keywords.text()).contains("Keyword rules");
        WebSession.Page saved = admin.post(
                "/admin/routing/keywords", Map.of("text", "technical.network | 8 | 路由器\ntechnical.billing | 5 | 发票"));
        assertThat(saved.text()).contains("The rules were saved.");
        assertThat(classifications.rulesText(desk.tenant.id())).contains("路由器", "发票");
        WebSession.Page unknownCategory = admin.post("/admin/routing/keywords", Map.of("text", "no.such | 5 | 发票"));
        assertThat(unknownCategory.text()).contains("The rules name a category the tenant does not have: no.such");
        assertThat(classifications.rulesText(desk.tenant.id())).contains("路由器");
        assertThat(admin.post("/admin/routing/retrain", Map.of()).text()).contains("Retrained on");

        assertThat(agents.get("/admin/routing/keywords").status()).isEqualTo(403);
        WebSession stranger = fixtures.pages(routing.desk().supervisor.username());
        stranger.get("/review");
        assertThat(stranger.post("/review/" + number, Map.of("category", "technical.network"))
                        .status())
                .isEqualTo(404);
        assertThat(queries.get(number, agent).category()).isEqualTo("technical.billing");
    }

    private String assignedTicket() {
        String number = fixtures.ticketOf(fixtures.customer(desk.tenant)).number();
        background.settle();
        tickets.assign(number, agent.userId(), null, desk.supervisor);
        return number;
    }
}
