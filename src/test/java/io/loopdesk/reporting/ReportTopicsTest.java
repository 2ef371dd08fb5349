package io.loopdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.reporting.rollup.ReportFold;
import io.loopdesk.reporting.rollup.ReportReconciliation;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.view.TicketView;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What a period's feedback was about: the words and phrases most tickets used (no numbers or contacts among them),
 * complaint signals by kind, major incidents with their tickets, and the open tickets by age on the live wall.
 */
@IntegrationTest
class ReportTopicsTest {

    /** What makes a description long enough to be accepted, in words every ticket here shares. */
    private static final String WAITING = "这个情况已经持续了好几天了，希望你们尽快处理，谢谢。";

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    ReportFold fold;

    @Autowired
    ReportReconciliation reconciliation;

    @Autowired
    BackgroundWork background;

    @Autowired
    Clock clock;

    @Test
    void theReportListsTheWordsSignalsAndIncidentsOfThePeriod() {
        TenantInfo tenant = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        UserView customer = fixtures.customer(tenant);
        List<TicketView> raised = new ArrayList<>();
        for (String text : List.of(
                "手机应用登录失败，提示网络错误，订单号 20261234，联系 13900001111 或 li@example.com。" + WAITING,
                "今天登录失败三次，密码是对的，网络错误一直弹出来。" + WAITING,
                "Login failed again after the update, the app says network error and nothing works for days now.")) {
            raised.add(tickets.open(
                    tenant.id(),
                    Channel.WEB,
                    Fixtures.validTicket().description(text).build(),
                    Fixtures.actor(customer)));
        }
        Api customerApi = fixtures.api(customer);
        assertThat(customerApi
                        .post("/api/v1/tickets/" + raised.get(1).number() + "/complaint", Map.of("reason", "三次了"))
                        .status())
                .isEqualTo(201);
        Api supervisorApi = fixtures.api(supervisor).withHeader("Accept-Language", "zh-CN");
        Api.Response incident = supervisorApi.post(
                "/api/v1/incidents", Map.of("title", "登录服务故障", "description", "登录接口大面积报错", "category", "technical"));
        assertThat(incident.status()).as(incident.body()).isEqualTo(201);
        long incidentId = incident.get("id").asLong();
        for (TicketView ticket : raised.subList(0, 2)) {
            assertThat(supervisorApi
                            .post("/api/v1/incidents/" + incidentId + "/tickets/" + ticket.number(), Map.of())
                            .status())
                    .isEqualTo(200);
        }
        background.settle();
        fold.foldPending();
        String today = LocalDate.ofInstant(clock.instant(), tenant.timeZone()).toString();

        Api.Response report = supervisorApi.get("/api/v1/reports/period?from=" + today + "&to=" + today);

        assertThat(report.status()).as(report.body()).isEqualTo(200);
        Map<String, Long> words = counts(report.get("words").get("words"));
        assertThat(words).containsEntry("登录", 2L).containsEntry("失败", 2L).containsEntry("网络", 2L);
        assertThat(words).containsEntry("network", 1L).containsEntry("login", 1L);
        assertThat(words.keySet())
                .as("no numbers, phone numbers or addresses, no stop words")
                .noneMatch(word -> word.matches(".*\\d.*") || word.contains("@") || word.contains("example"))
                .doesNotContain("the", "after", "again");
        assertThat(counts(report.get("words").get("phrases")))
                .containsEntry("登录失败", 2L)
                .containsEntry("network error", 1L);
        assertThat(report.get("complaintSignals").get(0).get("value").asString())
                .isEqualTo("COMPLAINED");
        assertThat(report.get("complaintSignals").get(0).get("label").asString())
                .isEqualTo("客户发起了投诉");
        assertThat(report.get("complaintSignals").get(0).get("count").asLong()).isEqualTo(1);
        assertThat(report.get("incidents").get(0).get("id").asLong()).isEqualTo(incidentId);
        assertThat(report.get("incidents").get(0).get("tickets").asLong()).isEqualTo(2);

        // another tenant's report has none of it, and the nightly check finds the counts as the fold left them
        Api.Response other = fixtures.api(fixtures.staff(fixtures.tenant(), Role.SUPERVISOR))
                .get("/api/v1/reports/period?from=" + today + "&to=" + today);
        assertThat(other.get("words").get("words")).isEmpty();
        assertThat(other.get("incidents")).isEmpty();
        assertThat(reconciliation.reconcile(tenant.id())).isZero();
    }

    @Test
    void anEditedTitleMovesItsWords() {
        TenantInfo tenant = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        UserView customer = fixtures.customer(tenant);
        TicketView ticket = tickets.open(
                tenant.id(),
                Channel.WEB,
                Fixtures.validTicket()
                        .description("扫地机器人放在充电座上无法充电，指示灯一直不亮。" + WAITING)
                        .build(),
                Fixtures.actor(customer));
        background.settle();
        fold.foldPending();
        String today = LocalDate.ofInstant(clock.instant(), tenant.timeZone()).toString();
        Api api = fixtures.api(supervisor);
        assertThat(counts(api.get("/api/v1/reports/period?from=" + today + "&to=" + today)
                        .get("words")
                        .get("words")))
                .containsKey("充电")
                .doesNotContainKey("噪音");

        Api.Response edited = api.patch("/api/v1/tickets/" + ticket.number(), Map.of("title", "充电座换成洗衣机后噪音很大"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        background.settle();
        fold.foldPending();

        Map<String, Long> words = counts(api.get("/api/v1/reports/period?from=" + today + "&to=" + today)
                .get("words")
                .get("words"));
        assertThat(words).containsEntry("噪音", 1L).containsEntry("充电", 1L);
        assertThat(reconciliation.reconcile(tenant.id())).isZero();
    }

    @Test
    void theLiveWallCountsTheOpenTicketsByAge() {
        TenantInfo tenant = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        UserView customer = fixtures.customer(tenant);
        fixtures.ticketOf(customer);
        fixtures.ticketOf(customer);
        background.settle();

        Api.Response wall =
                fixtures.api(supervisor).withHeader("Accept-Language", "en").get("/api/v1/reports/wall");

        assertThat(wall.status()).isEqualTo(200);
        JsonNode row = wall.get("backlogAges").get(0);
        assertThat(row.get("label").asString()).isEqualTo("New");
        assertThat(row.get("counts")).hasSize(5);
        assertThat(row.get("counts").get(0).asLong()).isEqualTo(2);
        assertThat(row.get("total").asLong()).isEqualTo(2);
        Set<String> statuses = new java.util.HashSet<>();
        wall.get("backlogAges").forEach(line -> statuses.add(line.get("value").asString()));
        assertThat(statuses).containsExactly("NEW");
    }

    private static Map<String, Long> counts(JsonNode list) {
        Map<String, Long> counts = new HashMap<>();
        list.forEach(item ->
                counts.put(item.get("value").asString(), item.get("count").asLong()));
        return counts;
    }
}
