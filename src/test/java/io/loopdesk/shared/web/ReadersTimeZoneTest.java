package io.loopdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.TestNodes;
import io.loopdesk.testing.WebSession;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * A desk in New York reads New York times and filters by New York days, on pages and in the API, although the
 * platform's other tenants and the ticket numbers are on Shanghai time. Late on Monday 23 November in New York it is
 * already Tuesday noon in Shanghai, so every wrong zone shows. The node has a clock of its own, set to that evening.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
class ReadersTimeZoneTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    /** Monday 2026-11-23 22:30 in New York, Tuesday 2026-11-24 11:30 in Shanghai. */
    private static final Instant MONDAY_NIGHT = Instant.parse("2026-11-24T03:30:00Z");

    @Test
    void aNewYorkDeskSeesAndFiltersNewYorkTimes() {
        TestClock clock = new TestClock(MONDAY_NIGHT);
        try (ConfigurableApplicationContext node = TestNodes.start("zones", clock, Map.of())) {
            Fixtures fixtures = Fixtures.outside(node);
            TenantInfo desk = fixtures.tenantIn(NEW_YORK, Locale.ENGLISH);
            UserView customer = fixtures.customer(desk);
            UserView agent = fixtures.staff(desk, Role.AGENT);
            UserView admin = fixtures.staff(desk, Role.TENANT_ADMIN);
            String number = fixtures.ticketOf(customer).number();
            assertThat(number).as("ticket numbers keep their documented zone").startsWith("261124-");

            WebSession page = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, "en");
            Element registered = page.get("/tickets/" + number).html().selectFirst("time");
            assertThat(registered.text()).isEqualTo("2026-11-23 22:30");
            assertThat(registered.attr("datetime")).isEqualTo("2026-11-23T22:30:00-05:00");
            assertThat(page.get("/workspace?view=all")
                            .html()
                            .select("#queue time")
                            .eachText())
                    .contains("2026-11-23 22:30");

            Api api = fixtures.api(agent);
            assertThat(numbers(api.get("/api/v1/tickets?createdFrom=2026-11-23&createdTo=2026-11-23")))
                    .containsExactly(number);
            assertThat(numbers(api.get("/api/v1/tickets?createdFrom=2026-11-24")))
                    .isEmpty();
            assertThat(numbers(api.get("/api/v1/tickets?createdTo=2026-11-22"))).isEmpty();
            assertThat(numbers(api.get("/api/v1/tickets?createdFrom=2026-11-23T22:00&createdTo=2026-11-23T23:00")))
                    .as("a date and time without offset is New York's too")
                    .containsExactly(number);

            WebSession trail = WebSession.signedIn(fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD, "en");
            assertThat(trail.get("/admin/audit?from=2026-11-23&to=2026-11-23")
                            .html()
                            .select("#audit time")
                            .eachText())
                    .isNotEmpty()
                    .allSatisfy(time -> assertThat(time).isEqualTo("2026-11-23 22:30"));
            assertThat(trail.get("/admin/audit?from=2026-11-24").html().select("#audit time"))
                    .isEmpty();

            // first response (six working hours, Monday to Friday 09:00-18:00 New York) was due Tuesday 15:00 there,
            // 20:00 UTC: Tuesday in New York, but already Wednesday in Shanghai
            BackgroundWork.of(node).advance(clock, Duration.ofHours(17));
            Api reports = fixtures.api(admin);
            assertThat(breaches(reports.get("/api/v1/sla/breaches?from=2026-11-24&to=2026-11-24")))
                    .containsExactly("FIRST_RESPONSE@2026-11-24T20:00:00Z");
            assertThat(breaches(reports.get("/api/v1/sla/breaches?from=2026-11-25&to=2026-11-25")))
                    .isEmpty();
            Api.Response refused = reports.get("/api/v1/sla/breaches?from=last-week&to=2026-11-25");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("from");
        }
    }

    private static java.util.List<String> numbers(Api.Response list) {
        assertThat(list.status()).isEqualTo(200);
        return StreamSupport.stream(list.get("items").spliterator(), false)
                .map(t -> t.get("number").asString())
                .toList();
    }

    private static java.util.List<String> breaches(Api.Response list) {
        assertThat(list.status()).isEqualTo(200);
        return StreamSupport.stream(list.json().spliterator(), false)
                .map(ReadersTimeZoneTest::breach)
                .toList();
    }

    private static String breach(JsonNode breach) {
        return breach.get("target").asString() + "@" + breach.get("dueAt").asString();
    }
}
