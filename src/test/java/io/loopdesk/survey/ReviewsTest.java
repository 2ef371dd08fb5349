package io.loopdesk.survey;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.NotificationView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.routing.RoutingFixture;
import io.loopdesk.routing.TeamView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.TicketView;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * A dissatisfied customer is called back: a low rating or a reopen through the survey link opens a review that
 * supervisors work at /desk/reviews (return visits, reopening, a conclusion); nobody else sees it.
 */
@IntegrationTest
@Import(RoutingFixture.class)
class ReviewsTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    TicketQueries queries;

    @Autowired
    Notifications notifications;

    @Autowired
    BackgroundWork background;

    @Autowired
    SurveyRules rules;

    @Autowired
    RoutingFixture routing;

    @Test
    void aLowRatingIsReviewedWithReturnVisitsAndClosedWithAConclusion() {
        TenantInfo tenant = fixtures.tenant();
        Actor agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        TicketView ticket = solved(tenant, agent, "zhao.lei@example.com");
        WebSession phone = WebSession.anonymous(fixtures.baseUrl(), "zh-CN");
        String link = "/r/" + token(ticket, "zhao.lei@example.com");
        phone.get(link);
        phone.post(
                link,
                Map.of(
                        "answer", "CONFIRMED",
                        "responseSpeed", "1",
                        "expertise", "4",
                        "resolution", "4",
                        "attitude", "3",
                        "comment", "等了三天才有人回复"));
        background.settle();

        WebSession supervisor = fixtures.pages(fixtures.staff(tenant, Role.SUPERVISOR));
        assertThat(supervisor.get("/desk").html().select("#desk-reviews")).isNotEmpty();
        WebSession.Page queue = supervisor.get("/desk/reviews");
        assertThat(queue.html().select("#reviews").text())
                .contains(ticket.number())
                .contains("Dissatisfied rating")
                .contains("等了三天才有人回复");
        String review = queue.html().select("#reviews a").first().attr("href");

        WebSession.Page unreachable =
                supervisor.post(review + "/visits", Map.of("way", "PHONE", "outcome", "UNREACHABLE", "note", "无人接听"));
        assertThat(unreachable.html().select("#review-visits").text())
                .contains("Not reached")
                .contains("无人接听");
        WebSession.Page bogus = supervisor.post(review + "/visits", Map.of("way", "PHONE", "outcome", "MAYBE"));
        assertThat(bogus.status()).isEqualTo(400);
        assertThat(bogus.text()).contains("Choose how the customer was reached");

        WebSession.Page noConclusion = supervisor.post(review + "/close", Map.of("conclusion", " "));
        assertThat(noConclusion.status()).isEqualTo(422);
        assertThat(noConclusion.text()).contains("Write what the review came to");
        assertThat(noConclusion.html().select("#review-status").text()).isEqualTo("Open");

        WebSession.Page reopened = supervisor.post(review + "/reopen", Map.of("reason", "回访后客户仍有问题"));
        assertThat(reopened.html().select("#review-ticket-status").text()).isEqualTo("In progress");
        supervisor.post(review + "/visits", Map.of("way", "PHONE", "outcome", "COMPENSATION", "note", "赠送延保一年"));
        WebSession.Page closed = supervisor.post(review + "/close", Map.of("conclusion", "响应慢，已致歉并补偿"));
        assertThat(closed.html().select("#review-status").text()).isEqualTo("Closed");
        assertThat(closed.html().select("#review-conclusion").text()).contains("响应慢，已致歉并补偿");
        assertThat(supervisor
                        .post(review + "/visits", Map.of("way", "PHONE", "outcome", "EXPLAINED"))
                        .status())
                .isEqualTo(409);
        assertThat(supervisor
                        .get("/desk/reviews?status=CLOSED")
                        .html()
                        .select("#reviews")
                        .text())
                .contains(ticket.number());
        // the supervisor's own reopening is no new complaint
        background.settle();
        assertThat(supervisor.get("/desk/reviews").html().select("#reviews-none"))
                .isNotEmpty();

        // agents and other tenants see nothing of it
        assertThat(fixtures.pages(fixtures.staff(tenant, Role.AGENT))
                        .get("/desk/reviews")
                        .status())
                .isEqualTo(403);
        TenantInfo other = fixtures.tenant();
        assertThat(fixtures.pages(fixtures.staff(other, Role.SUPERVISOR))
                        .get(review)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aCustomerWhoReopensThroughTheLinkIsReviewed() {
        TenantInfo tenant = fixtures.tenant();
        Actor agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        TicketView ticket = solved(tenant, agent, "qian.li@example.com");
        WebSession phone = WebSession.anonymous(fixtures.baseUrl(), "zh-CN");
        String link = "/r/" + token(ticket, "qian.li@example.com");
        phone.get(link);
        phone.post(link, Map.of("answer", "REOPENED", "reason", "门锁还是每天掉线"));
        background.settle();

        WebSession.Page queue =
                fixtures.pages(fixtures.staff(tenant, Role.TENANT_ADMIN)).get("/desk/reviews");
        assertThat(queue.html().select("#reviews").text())
                .contains(ticket.number())
                .contains("Reopened by the customer")
                .contains("门锁还是每天掉线");
    }

    @Test
    void aCustomerWhoReopensAConfirmedTicketIsReviewedButNotAHandlerWhoTakesItBack() {
        TenantInfo tenant = fixtures.tenant();
        Actor agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        TicketView confirmed = solved(tenant, agent, "zhou.min@example.com");
        tickets.changeStatusAsCustomer(confirmed.number(), tenant.id(), TicketStatus.RESOLVED, null, "客户");
        tickets.changeStatusAsCustomer(confirmed.number(), tenant.id(), TicketStatus.IN_PROGRESS, "又坏了", "客户");
        TicketView takenBack = solved(tenant, agent, "wu.fang@example.com");
        tickets.changeStatus(takenBack.number(), TicketStatus.IN_PROGRESS, "方案有误，继续处理", agent);
        background.settle();

        String queue = fixtures.pages(fixtures.staff(tenant, Role.SUPERVISOR))
                .get("/desk/reviews")
                .html()
                .select("#reviews")
                .text();
        assertThat(queue)
                .contains(confirmed.number())
                .contains("Reopened by the customer")
                .contains("又坏了")
                .doesNotContain(takenBack.number());
    }

    @Test
    void aSupervisorEscalatesTheReviewedTicketFromTheReview() {
        RoutingFixture.Desk desk = routing.desk();
        TeamView seniors = desk.team("technical.network", null);
        Api admin = fixtures.api(desk.admin.username(), Fixtures.PASSWORD);
        Map<String, Object> routingRules = JsonMapper.shared()
                .convertValue(admin.get("/api/v1/routing-rules").json(), Map.class);
        routingRules.put("seniorTeamId", seniors.id());
        assertThat(admin.put("/api/v1/routing-rules", routingRules).status()).isEqualTo(200);
        Actor agent = Fixtures.actor(fixtures.staff(desk.tenant, Role.AGENT));
        TicketView ticket = solved(desk.tenant, agent, "zheng.hao@example.com");
        WebSession phone = WebSession.anonymous(fixtures.baseUrl(), "zh-CN");
        String link = "/r/" + token(ticket, "zheng.hao@example.com");
        phone.get(link);
        phone.post(link, Map.of("answer", "REOPENED", "reason", "问题依旧，要求高级工程师处理"));
        background.settle();

        WebSession supervisor = fixtures.pages(fixtures.staff(desk.tenant, Role.SUPERVISOR));
        String review = supervisor
                .get("/desk/reviews")
                .html()
                .select("#reviews a")
                .first()
                .attr("href");
        WebSession.Page page = supervisor.get(review);
        assertThat(page.status()).as("a review without a rating").isEqualTo(200);
        assertThat(page.html().select("#review-reason").text()).isEqualTo("Reopened by the customer");
        assertThat(page.html().select("#review-escalate")).isNotEmpty();
        String action = page.html().select("#review-escalate").attr("action");
        WebSession.Page escalated = supervisor.post(action, Map.of("reason", "客户第二次反馈，转高级工程师"));
        assertThat(escalated.status()).isEqualTo(200);
        TicketView now = TenantScope.inTenant(desk.tenant.id(), () -> queries.get(ticket.number(), Actor.system()));
        assertThat(now.teamId()).isEqualTo(seniors.id());
        assertThat(now.assigneeId()).isNull();
    }

    @Test
    void aShareOfTheSolvedTicketsIsDrawnForAReturnVisit() {
        TenantInfo tenant = fixtures.tenant();
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        Actor agent = Fixtures.actor(fixtures.staff(tenant, Role.AGENT));
        rules.save(tenant.id(), new SurveySettings(3, 2, 24, false, 100, false), Fixtures.actor(admin));
        TicketView drawn = solved(tenant, agent, "sun.yu@example.com");
        tickets.changeStatusAsCustomer(drawn.number(), tenant.id(), TicketStatus.RESOLVED, null, "客户");
        background.settle();
        WebSession.Page queue = fixtures.pages(admin).get("/desk/reviews");
        assertThat(queue.html().select("#reviews").text())
                .contains(drawn.number())
                .contains("Return visit (sample of solved tickets)");

        // none drawn at 0 % but the critical ones when asked; at 50 % about half of many, the same ones each time
        SurveySettings none = new SurveySettings(3, 2, 24, false, 0, true);
        SurveySettings half = new SurveySettings(3, 2, 24, false, 50, false);
        List<String> numbers = java.util.stream.IntStream.range(0, 1000)
                .mapToObj(i -> String.format("261205-%06d", i))
                .toList();
        assertThat(numbers).noneMatch(number -> none.samplesForReturnVisit(number, false));
        assertThat(numbers).allMatch(number -> none.samplesForReturnVisit(number, true)); // every critical one
        long drawnHalf = numbers.stream()
                .filter(number -> half.samplesForReturnVisit(number, false))
                .count();
        assertThat(drawnHalf).isBetween(430L, 570L);
        assertThat(numbers.stream()
                        .filter(number -> half.samplesForReturnVisit(number, false))
                        .count())
                .isEqualTo(drawnHalf);
    }

    private TicketView solved(TenantInfo tenant, Actor agent, String email) {
        TicketView ticket = tickets.open(
                tenant.id(),
                Channel.WEB,
                Fixtures.validTicket().customer("上海某某科技有限公司", "赵磊", email).build(),
                agent);
        tickets.addMessage(ticket.number(), MessageKind.PUBLIC_REPLY, "已远程升级固件。", agent);
        tickets.changeStatus(ticket.number(), TicketStatus.AWAITING_CONFIRMATION, null, agent);
        background.settle();
        return ticket;
    }

    private String token(TicketView ticket, String email) {
        List<NotificationView> sent =
                TenantScope.inTenant(ticket.tenantId(), () -> notifications.aboutTicket(ticket.number())).stream()
                        .filter(n -> n.address().equals(email))
                        .toList();
        Matcher link = SurveyLinkTest.LINK.matcher(sent.getLast().body());
        assertThat(link.find()).isTrue();
        return link.group(1);
    }
}
