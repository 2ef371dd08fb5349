package io.loopdesk.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.reporting.rollup.ReportFold;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.TicketView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A solved ticket drawn for inspection goes through the inspector's queue with its contacts masked, is scored
 * against the tenant's rubric (a red line zeroes it), is appealed once by its agent and decided by a supervisor; the
 * final score reaches the agent's scorecard. Nobody outside the tenant, and no other agent, sees any of it.
 */
@IntegrationTest
class QualityInspectionTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    BackgroundWork background;

    @Autowired
    ReportFold fold;

    @Autowired
    QaRules rules;

    @Test
    void aSolvedTicketIsInspectedAppealedAndDecided() {
        TenantInfo tenant = fixtures.tenant();
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        UserView agentUser = fixtures.staff(tenant, Role.AGENT);
        UserView inspector = fixtures.staff(tenant, Role.QA);
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);

        // every solved ticket is drawn
        WebSession adminPages = fixtures.pages(admin);
        WebSession.Page refused = adminPages.post(
                "/admin/qa", Map.of("samplePercent", "120", "appealDays", "0", "everyComplaint", "true"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("Enter 0 to 100", "Enter 1 to 90 days");
        assertThat(adminPages
                        .post("/admin/qa", Map.of("samplePercent", "100", "appealDays", "7"))
                        .text())
                .contains("Quality rules saved");

        TicketView ticket = solved(tenant, agentUser, "zhang.wei@example.com");

        WebSession qa = fixtures.pages(inspector);
        WebSession.Page queue = qa.get("/qa");
        assertThat(queue.html().select("#qa-queue").text()).contains(ticket.number(), "Drawn at random");
        String inspection = queue.html().select("#qa-queue a").first().attr("href");

        WebSession.Page form = qa.get(inspection);
        assertThat(form.html().select("#qa-conversation").text()).contains("请在设置中关闭省电模式");
        assertThat(form.html().select("#qa-contact").text())
                .as("inspectors see contacts masked")
                .doesNotContain("zhang.wei@example.com");
        List<Element> items = form.html().select("#qa-form fieldset");
        assertThat(items).hasSizeGreaterThanOrEqualTo(8);

        // every ordinary item needs its points; the form says which one is missing
        Map<String, String> marks = new HashMap<>();
        String firstItem = null;
        String abusive = null;
        for (Element item : items) {
            Element points = item.selectFirst("input[type=number]");
            if (points != null) {
                if (firstItem == null) {
                    firstItem = points.attr("name");
                    continue;
                }
                marks.put(points.attr("name"), "8");
            } else if (abusive == null) {
                abusive = item.selectFirst("input[type=checkbox]").attr("name");
            }
        }
        WebSession.Page incomplete = qa.post(inspection + "/score", marks);
        assertThat(incomplete.status()).isEqualTo(422);
        // the rubric is the tenant's, named in its language, whoever reads it
        assertThat(incomplete.text()).contains("Score 礼貌用语 from 0 to 10");

        marks.put(firstItem, "10");
        marks.put(abusive, "true");
        marks.put("comment", "回复中出现不当用语");
        WebSession.Page scored = qa.post(inspection + "/score", marks);
        assertThat(scored.html().select("#qa-result").text()).contains("0.0", "red line crossed");
        assertThat(qa.post(inspection + "/score", marks).status())
                .as("scored once")
                .isEqualTo(409);

        // the agent sees it and appeals once; another agent sees nothing
        WebSession agent = fixtures.pages(agentUser);
        assertThat(agent.get("/qa/mine").html().select("#qa-mine").text()).contains(ticket.number(), "0.0");
        assertThat(agent.get(inspection).html().select("#qa-comment").text()).contains("不当用语");
        assertThat(agent.get("/qa").status()).isEqualTo(403);
        WebSession colleague = fixtures.pages(fixtures.staff(tenant, Role.AGENT));
        assertThat(colleague.get(inspection).status()).isEqualTo(404);
        assertThat(colleague
                        .post(inspection + "/appeal", Map.of("appeal", "不是我的"))
                        .status())
                .isEqualTo(404);
        assertThat(agent.post(inspection + "/appeal", Map.of("appeal", " ")).status())
                .isEqualTo(422);
        WebSession.Page appealed = agent.post(inspection + "/appeal", Map.of("appeal", "那句话是客户原话的引用"));
        assertThat(appealed.html().select("#qa-state").text()).isEqualTo("Appealed");
        assertThat(agent.post(inspection + "/appeal", Map.of("appeal", "再申诉一次")).status())
                .isEqualTo(409);

        // an inspector may not decide; the supervisor revises the score with a reason
        assertThat(qa.post(inspection + "/decision", Map.of("outcome", "REVISE", "score", "85", "decision", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.pages(supervisor)
                        .post(inspection + "/decision", Map.of("outcome", "REVISE", "score", "185", "decision", "引用"))
                        .status())
                .isEqualTo(422);
        WebSession.Page decided = fixtures.pages(supervisor)
                .post(inspection + "/decision", Map.of("outcome", "REVISE", "score", "85", "decision", "确为引用客户原话"));
        assertThat(decided.html().select("#qa-result").text()).contains("85.0");
        assertThat(decided.html().select("#qa-decision").text()).contains("Score revised", "确为引用客户原话");

        // another tenant's inspector cannot see or score it
        WebSession stranger = fixtures.pages(fixtures.staff(fixtures.tenant(), Role.QA));
        assertThat(stranger.get(inspection).status()).isEqualTo(404);
        assertThat(stranger.post(inspection + "/score", marks).status()).isEqualTo(404);

        // the final score is on the agent's scorecard
        background.settle();
        fold.foldPending();
        Api.Response card = fixtures.api(supervisor).get("/api/v1/reports/scorecard?agent=" + agentUser.id());
        assertThat(card.status()).as(card.body()).isEqualTo(200);
        assertThat(card.get("totals").get("quality").get("meanScore").asDouble())
                .isEqualTo(85.0);
    }

    @Test
    void aReplyRefusedForAbusiveWordsIsOnTheTicketAndDrawsItAtOnce() {
        TenantInfo tenant = fixtures.tenant();
        UserView agentUser = fixtures.staff(tenant, Role.AGENT);
        Actor agent = Fixtures.actor(agentUser);
        TicketView ticket = tickets.open(
                tenant.id(),
                Channel.WEB,
                Fixtures.validTicket()
                        .customer("上海某某科技有限公司", "张伟", "zhang.wei@example.com")
                        .build(),
                agent);
        tickets.assign(ticket.number(), agentUser.id(), null, agent);

        assertThatThrownBy(() -> tickets.addMessage(ticket.number(), MessageKind.PUBLIC_REPLY, "你是白痴吗", agent))
                .isInstanceOf(TicketValidationException.class);
        background.settle();

        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        assertThat(fixtures.pages(supervisor)
                        .get("/tickets/" + ticket.number())
                        .html()
                        .select("#timeline")
                        .text())
                .contains("was refused before the customer read it", "白痴");
        assertThat(fixtures.pages(supervisor)
                        .get("/qa")
                        .html()
                        .select("#qa-queue")
                        .text())
                .contains(ticket.number(), "Reply refused (abusive words)");
    }

    @Test
    void everyComplaintReopenedAndDissatisfiedTicketIsDrawnAndAShareOfTheRest() {
        TenantInfo tenant = fixtures.tenant();
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        Actor agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        // a customer each: one writing again and again would be a complaint by that alone
        // no share at random: only the kinds the tenant wants every one of
        rules.save(new QaSettings(0, true, true, true, true, 7), Fixtures.actor(admin));

        UserView complaintCustomer = fixtures.customer(tenant);
        String complaint = fixtures.ticketOf(complaintCustomer).number();
        assertThat(fixtures.api(complaintCustomer)
                        .post("/api/v1/tickets/" + complaint + "/complaint", Map.of("reason", "第三次反馈了"))
                        .status())
                .isEqualTo(201);
        solve(complaint, agent, tenant);
        UserView reopenedCustomer = fixtures.customer(tenant);
        String reopened = fixtures.ticketOf(reopenedCustomer).number();
        solve(reopened, agent, tenant);
        tickets.changeStatusAsCustomer(reopened, tenant.id(), TicketStatus.IN_PROGRESS, "还是不行", "客户");
        solve(reopened, agent, tenant);
        UserView dissatisfiedCustomer = fixtures.customer(tenant);
        String dissatisfied = fixtures.ticketOf(dissatisfiedCustomer).number();
        solve(dissatisfied, agent, tenant);
        UserView quietCustomer = fixtures.customer(tenant);
        String quiet = fixtures.ticketOf(quietCustomer).number();
        solve(quiet, agent, tenant);
        background.settle();
        // the low rating comes after the resolution: it draws its ticket then
        assertThat(fixtures.api(dissatisfiedCustomer)
                        .post("/api/v1/tickets/" + dissatisfied + "/rating", Map.of("overall", "DISSATISFIED"))
                        .status())
                .isEqualTo(201);
        background.settle();

        String queue = fixtures.pages(fixtures.staff(tenant, Role.QA))
                .get("/qa")
                .html()
                .select("#qa-queue")
                .text();
        assertThat(queue).contains(complaint, reopened, dissatisfied).doesNotContain(quiet);
        assertThat(queue).contains("Complaint", "Reopened", "Low rating");

        // the random share: about that share of many tickets, the same ones each time
        QaSettings third = new QaSettings(30, false, false, false, false, 7);
        List<String> numbers = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> String.format("261206-%06d", i))
                .toList();
        long drawn = numbers.stream().filter(third::draws).count();
        assertThat(drawn).isBetween(250L, 350L);
        assertThat(numbers.stream().filter(third::draws).count()).isEqualTo(drawn);
        assertThat(numbers).noneMatch(new QaSettings(0, true, true, true, true, 7)::draws);
    }

    private void solve(String number, Actor agent, TenantInfo tenant) {
        tickets.addMessage(number, MessageKind.PUBLIC_REPLY, "已处理，请确认。", agent);
        tickets.changeStatus(number, TicketStatus.AWAITING_CONFIRMATION, null, agent);
        tickets.changeStatusAsCustomer(number, tenant.id(), TicketStatus.RESOLVED, null, "客户");
    }

    @Test
    void aTenantAdminShapesTheRubric() {
        TenantInfo tenant = fixtures.tenantIn(java.time.ZoneId.of("Europe/London"), java.util.Locale.ENGLISH);
        WebSession admin = fixtures.pages(fixtures.staff(tenant, Role.TENANT_ADMIN));
        WebSession.Page page = admin.get("/admin/qa");
        assertThat(page.html().select("#qa-rubric").text()).contains("Polite forms", "Secret left in plain text");

        WebSession.Page nameless = admin.post("/admin/qa/items", Map.of("name", " ", "weight", "500"));
        assertThat(nameless.status()).isEqualTo(422);
        assertThat(nameless.text()).contains("Name the item", "weight of 1 to 100");
        WebSession.Page added = admin.post("/admin/qa/items", Map.of("name", "同理心", "weight", "15"));
        assertThat(added.html().select("#qa-rubric").text()).contains("同理心");
        String itemForm =
                added.html().select("#qa-rubric tr:contains(同理心) form").attr("action");
        admin.post(itemForm, Map.of("weight", "15")); // not "active": retired
        assertThat(admin.get("/admin/qa")
                        .html()
                        .select("#qa-rubric tr:contains(同理心) input[name=active]")
                        .attr("checked"))
                .isEmpty();

        assertThat(fixtures.pages(fixtures.staff(tenant, Role.QA))
                        .get("/admin/qa")
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.pages(fixtures.staff(fixtures.tenant(), Role.TENANT_ADMIN))
                        .post(itemForm, Map.of("weight", "20", "active", "true"))
                        .status())
                .as("another tenant's admin cannot touch it")
                .isEqualTo(404);
    }

    private TicketView solved(TenantInfo tenant, UserView agentUser, String email) {
        Actor agent = Fixtures.actor(agentUser);
        TicketView ticket = tickets.open(
                tenant.id(),
                Channel.WEB,
                Fixtures.validTicket().customer("上海某某科技有限公司", "张伟", email).build(),
                agent);
        tickets.assign(ticket.number(), agentUser.id(), null, agent);
        tickets.addMessage(ticket.number(), MessageKind.PUBLIC_REPLY, "请在设置中关闭省电模式后重新配对门锁。", agent);
        tickets.changeStatus(ticket.number(), TicketStatus.AWAITING_CONFIRMATION, null, agent);
        tickets.changeStatusAsCustomer(ticket.number(), tenant.id(), TicketStatus.RESOLVED, null, "客户");
        background.settle();
        return ticket;
    }
}
