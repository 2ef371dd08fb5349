package io.loopdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.reporting.rollup.ReportFold;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.view.TicketView;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The report API: figures as JSON, every bad parameter a 400 naming it, each reader only what they may see. */
@IntegrationTest
class ReportApiTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tickets tickets;

    @Autowired
    ReportFold fold;

    @Autowired
    BackgroundWork background;

    @Autowired
    java.time.Clock clock;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void aSupervisorSeesTheTenantsFiguresAsJson() {
        TenantInfo tenant = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        UserView customer = fixtures.customer(tenant);
        fixtures.ticketOf(customer);
        fixtures.ticketOf(customer);
        background.settle();
        fold.foldPending();
        String today =
                LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai")).toString();

        Api.Response report = fixtures.api(supervisor)
                .withHeader("Accept-Language", "zh-CN")
                .get("/api/v1/reports/period?from=" + today + "&to=" + today + "&dimension=channel&by=week");

        assertThat(report.status()).isEqualTo(200);
        assertThat(report.get("totals").get("received").asLong()).isEqualTo(2);
        assertThat(report.get("breakdown").get(0).get("value").asString()).isEqualTo("WEB");
        assertThat(report.get("breakdown").get(0).get("label").asString()).isEqualTo("网页表单");
        assertThat(report.get("series")).hasSize(1);
        // the backlog now under the same breakdown: both tickets open, waiting since today
        var open = report.get("open");
        assertThat(open).hasSize(1);
        assertThat(open.get(0).get("value").asString()).isEqualTo("WEB");
        assertThat(open.get(0).get("tickets").asLong()).isEqualTo(2);
        assertThat(open.get(0).get("byAge").get("TODAY").asLong()).isEqualTo(2);
        assertThat(open.get(0).get("oldestDay").asString()).isEqualTo(today);

        Api.Response some = fixtures.api(supervisor)
                .get("/api/v1/reports/period?from=" + today + "&to=" + today + "&metrics=received,solved");
        assertThat(some.get("totals").propertyNames()).containsExactly("received", "solved");
        assertThat(some.get("open").get(0).get("tickets").asLong()).isEqualTo(2);
    }

    @Test
    void everyBadParameterIsRefusedNamingIt() {
        TenantInfo tenant = fixtures.tenant();
        Api api = fixtures.api(fixtures.staff(tenant, Role.SUPERVISOR));

        assertRefused(api.get("/api/v1/reports/period?from=2026-11-10&to=2026-11-01"), "to");
        assertRefused(api.get("/api/v1/reports/period?from=2023-01-01&to=2026-11-01"), "to");
        assertRefused(api.get("/api/v1/reports/period?from=2026-13-01"), "from");
        assertRefused(api.get("/api/v1/reports/period?dimension=weather"), "dimension");
        assertRefused(api.get("/api/v1/reports/period?by=fortnight"), "by");
        assertRefused(api.get("/api/v1/reports/period?metrics=received,happiness"), "metrics");
        assertRefused(api.get("/api/v1/reports/period?tenant=no-such-tenant"), "tenant");

        Api.Response english =
                api.withHeader("Accept-Language", "en").get("/api/v1/reports/period?from=2026-11-10&to=2026-11-01");
        assertThat(english.text("detail")).contains("before its start");
        Api.Response chinese =
                api.withHeader("Accept-Language", "zh-CN").get("/api/v1/reports/period?from=2026-11-10&to=2026-11-01");
        assertThat(chinese.text("detail")).contains("早于开始日期");
    }

    @Test
    void agentsSeeTheirOwnScorecardOnlyAndNobodySeesAnotherTenant() {
        TenantInfo tenant = fixtures.tenant();
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        UserView colleague = fixtures.staff(tenant, Role.AGENT);
        Api api = fixtures.api(agent);

        assertThat(api.get("/api/v1/reports/scorecard").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/reports/scorecard?agent=" + colleague.id()).status())
                .isEqualTo(403);
        assertThat(api.get("/api/v1/reports/period").status()).isEqualTo(403);
        assertThat(api.get("/api/v1/reports/period?dimension=tenant").status()).isEqualTo(403);
        assertThat(fixtures.api(fixtures.customer(tenant))
                        .get("/api/v1/reports/scorecard")
                        .status())
                .isEqualTo(403);

        TenantInfo other = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        Api.Response theirs = fixtures.api(supervisor).get("/api/v1/reports/period?tenant=" + other.code());
        assertThat(theirs.status()).isEqualTo(400);
        assertThat(fixtures.api(supervisor)
                        .get("/api/v1/reports/scorecard?agent=" + agent.id())
                        .status())
                .isEqualTo(200);
    }

    @Test
    void theLiveWallCountsTodaysArrivalsAndWhatIsOpen() {
        TenantInfo tenant = fixtures.tenant();
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        UserView customer = fixtures.customer(tenant);
        TicketView first = fixtures.ticketOf(customer);
        fixtures.ticketOf(customer);
        background.settle();
        fold.foldPending();

        Api.Response wall =
                fixtures.api(supervisor).withHeader("Accept-Language", "zh-CN").get("/api/v1/reports/wall");

        assertThat(wall.status()).isEqualTo(200);
        long arrived = 0;
        for (var slot : wall.get("arrivalsToday")) {
            arrived += slot.asLong();
        }
        assertThat(arrived).isEqualTo(2);
        assertThat(wall.get("arrivalsLastWeek")).hasSize(288);
        assertThat(wall.get("openByStatus").get(0).get("label").asString()).isEqualTo("待处理");
        assertThat(wall.get("openByStatus").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(wall.get("oldest").get(0).get("number").asString()).isEqualTo(first.number());
        assertThat(wall.get("today").get("received").asLong()).isEqualTo(2);
        assertThat(wall.get("dueWithinHourCount").asLong()).isZero();
        assertThat(wall.get("onDuty")).isEmpty();

        // twelve tickets due within the hour: all are counted, the ten soonest listed; an agent on duty with one
        for (int i = 0; i < 12; i++) {
            String number = fixtures.ticketOf(customer).number();
            jdbc.sql("update ticket set resolution_due_at = :due where number = :number")
                    .param("due", java.sql.Timestamp.from(clock.instant().plusSeconds(600 + i)))
                    .param("number", number)
                    .update();
        }
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        assertThat(fixtures.api(agent)
                        .put("/api/v1/me/duty", java.util.Map.of("onDuty", true))
                        .status())
                .isEqualTo(200);
        fixtures.api(supervisor)
                .put("/api/v1/tickets/" + first.number() + "/assignee", java.util.Map.of("assigneeId", agent.id()));
        background.settle();
        Api.Response busier = fixtures.api(supervisor).get("/api/v1/reports/wall");
        assertThat(busier.get("dueWithinHourCount").asLong()).isEqualTo(12);
        assertThat(busier.get("dueWithinHour")).hasSize(10);
        assertThat(busier.get("onDuty")).singleElement().satisfies(person -> {
            assertThat(person.get("userId").asLong()).isEqualTo(agent.id());
            assertThat(person.get("load").asInt()).isGreaterThanOrEqualTo(1);
        });
        assertThat(fixtures.pages(supervisor)
                        .get("/reports/wall")
                        .html()
                        .select("#w-due")
                        .text())
                .isEqualTo("12");

        assertThat(fixtures.api(fixtures.staff(tenant, Role.AGENT))
                        .get("/api/v1/reports/wall")
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.api(fixtures.staff(fixtures.tenant(), Role.SUPERVISOR))
                        .get("/api/v1/reports/wall")
                        .get("oldest"))
                .isEmpty();
    }

    @Test
    void bIToolsReadThePeriodReportsShapeFromOpenApi() {
        Api.Response docs = fixtures.anonymous().get("/v3/api-docs");
        String schema = docs.get("paths")
                .get("/api/v1/reports/period")
                .get("get")
                .get("responses")
                .get("200")
                .get("content")
                .get("application/json")
                .get("schema")
                .get("$ref")
                .asString();
        assertThat(schema).endsWith("/PeriodReport");
        assertThat(docs.get("components")
                        .get("schemas")
                        .get("PeriodReport")
                        .get("properties")
                        .propertyNames())
                .contains("totals", "series", "breakdown");
        assertThat(docs.get("components")
                        .get("schemas")
                        .get("Figures")
                        .get("properties")
                        .propertyNames())
                .contains("received", "firstResponse", "sla", "satisfaction");
    }

    @Test
    void platformOperatorsSeeEveryTenantsTotalsAndNobodyElseDoes() {
        TenantInfo tenant = fixtures.tenant();
        fixtures.ticketOf(fixtures.customer(tenant));
        background.settle();
        fold.foldPending();
        UserView operator = fixtures.staff(tenant, Role.PLATFORM_OPERATOR);

        Api.Response all = fixtures.api(operator).get("/api/v1/reports/period?dimension=tenant");

        assertThat(all.status()).isEqualTo(200);
        boolean listed = false;
        for (var row : all.get("breakdown")) {
            listed |= row.get("value").asString().equals(Long.toString(tenant.id()))
                    && row.get("label").asString().equals(tenant.name())
                    && row.get("figures").get("received").asLong() == 1;
        }
        assertThat(listed).isTrue();
        assertThat(fixtures.api(fixtures.staff(tenant, Role.TENANT_ADMIN))
                        .get("/api/v1/reports/period?dimension=tenant")
                        .status())
                .isEqualTo(403);
    }

    private static void assertRefused(Api.Response response, String parameter) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.isProblem()).isTrue();
        assertThat(response.get("errors").get(0).get("field").asString()).isEqualTo(parameter);
    }
}
