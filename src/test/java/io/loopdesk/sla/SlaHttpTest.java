package io.loopdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.WebSession;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The SLA endpoints only HTTP reaches: the list of calendars, forgetting a saved calendar or saved settings (API and
 * admin pages), a ticket's clocks and the breaches report, each for the roles that may, and never another tenant's.
 */
@IntegrationTest
class SlaHttpTest {

    private static final Map<String, Object> SHORT_WEEK = Map.of(
            "zone",
            "Asia/Shanghai",
            "hours",
            Map.of("MONDAY", "10:00-16:00", "TUESDAY", "10:00-16:00"),
            "holidays",
            List.of());

    @Autowired
    Fixtures fixtures;

    @Autowired
    BackgroundWork background;

    @Autowired
    TestClock clock;

    @Autowired
    tools.jackson.databind.ObjectMapper json;

    TenantInfo tenant;
    Api admin;
    Api agent;
    UserView adminUser;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        adminUser = fixtures.staff(tenant, Role.TENANT_ADMIN);
        admin = fixtures.api(adminUser);
        agent = fixtures.api(fixtures.staff(tenant, Role.AGENT));
    }

    @Test
    void aSavedCalendarIsListedAndForgottenAgain() {
        JsonNode before = admin.get("/api/v1/sla/calendars/tenant").json();
        assertThat(admin.put("/api/v1/sla/calendars/tenant", SHORT_WEEK).status())
                .isEqualTo(200);

        Api.Response list = agent.get("/api/v1/sla/calendars");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("10:00-16:00");
        assertThat(agent.delete("/api/v1/sla/calendars/tenant").status()).isEqualTo(403);
        assertThat(agent.get("/api/v1/sla/calendars").body()).contains("10:00-16:00");

        Api.Response forgotten = admin.delete("/api/v1/sla/calendars/tenant");
        assertThat(forgotten.status()).isEqualTo(200);
        assertThat(forgotten.get("saved").asBoolean()).isFalse();
        assertThat(admin.get("/api/v1/sla/calendars/tenant").get("hours")).isEqualTo(before.get("hours"));
        assertThat(admin.get("/api/v1/sla/calendars").body()).doesNotContain("10:00-16:00");
    }

    @Test
    void savedSettingsAreForgottenSoThePlansDefaultsApplyAgain() {
        JsonNode defaults = admin.get("/api/v1/sla/settings").json();
        Map<String, Object> changed = new java.util.HashMap<>(settings(defaults));
        changed.put("policy", "MARKETPLACE");
        assertThat(admin.put("/api/v1/sla/settings", changed).status()).isEqualTo(200);
        assertThat(agent.delete("/api/v1/sla/settings").status()).isEqualTo(403);
        assertThat(admin.get("/api/v1/sla/settings").text("policy")).isEqualTo("MARKETPLACE");

        Api.Response forgotten = admin.delete("/api/v1/sla/settings");
        assertThat(forgotten.status()).isEqualTo(200);
        assertThat(forgotten.text("policy")).isEqualTo(defaults.get("policy").asString());
        assertThat(admin.get("/api/v1/sla/settings").json()).isEqualTo(defaults);
    }

    @Test
    void theAdminPagesResetTheCalendarAndTheSettings() {
        admin.put("/api/v1/sla/calendars/tenant", SHORT_WEEK);
        WebSession pages = fixtures.pages(adminUser.username());
        pages.get("/admin/calendars");
        WebSession.Page calendars = pages.post("/admin/calendars/reset", Map.of());
        assertThat(calendars.status()).isEqualTo(200);
        assertThat(calendars.url()).contains("/admin/calendars");
        assertThat(admin.get("/api/v1/sla/calendars/tenant").get("saved").asBoolean())
                .isFalse();

        Map<String, Object> changed = new java.util.HashMap<>(
                settings(admin.get("/api/v1/sla/settings").json()));
        changed.put("policy", "MARKETPLACE");
        admin.put("/api/v1/sla/settings", changed);
        pages.get("/admin/sla");
        WebSession.Page settings = pages.post("/admin/sla/reset", Map.of());
        assertThat(settings.status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/sla/settings").text("policy")).isEqualTo("STANDARD");

        WebSession agents = fixtures.pages(fixtures.staff(tenant, Role.AGENT).username());
        agents.get("/workspace");
        assertThat(agents.post("/admin/sla/reset", Map.of()).status()).isEqualTo(403);
        assertThat(agents.post("/admin/calendars/reset", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void staffReadATicketsClocksAndTheBreachOnceItsDueTimeHasPassed() {
        UserView customer = fixtures.customer(tenant);
        String number = fixtures.ticketOf(customer).number();
        background.settle();

        Api.Response sla = agent.get("/api/v1/tickets/" + number + "/sla");
        assertThat(sla.status()).isEqualTo(200);
        assertThat(sla.body()).contains("FIRST_RESPONSE", "RESOLUTION");
        assertThat(fixtures.api(customer)
                        .get("/api/v1/tickets/" + number + "/sla")
                        .status())
                .isEqualTo(403);
        TenantInfo other = fixtures.tenant();
        Api stranger = fixtures.api(fixtures.staff(other, Role.TENANT_ADMIN));
        assertThat(stranger.get("/api/v1/tickets/" + number + "/sla").status()).isEqualTo(404);

        background.advance(clock, Duration.ofDays(20));
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
        String window = "?from=" + today.minusDays(30) + "&to=" + today;
        Api.Response breaches = admin.get("/api/v1/sla/breaches" + window);
        assertThat(breaches.status()).isEqualTo(200);
        assertThat(breaches.json().valueStream().map(b -> b.get("ticketNumber").asString()))
                .contains(number);
        assertThat(agent.get("/api/v1/tickets/" + number + "/sla").body()).contains("FIRST_RESPONSE");

        Api.Response badDate = admin.get("/api/v1/sla/breaches?from=yesterday&to=" + today);
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.get("errors").get(0).get("field").asString()).isEqualTo("from");
        assertThat(fixtures.api(customer).get("/api/v1/sla/breaches" + window).status())
                .isEqualTo(403);
        assertThat(stranger.get("/api/v1/sla/breaches" + window).body()).doesNotContain(number);
        Api.Response theirs = stranger.get("/api/v1/sla/breaches" + window + "&tenant=" + tenant.code());
        assertThat(theirs.status()).isEqualTo(400);
        assertThat(theirs.text("detail")).contains("No tenant '" + tenant.code() + "' you can work in.");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> settings(JsonNode document) {
        return json.convertValue(document, Map.class);
    }
}
