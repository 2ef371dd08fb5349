package io.loopdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.sla.policy.PolicyName;
import io.loopdesk.sla.policy.SlaPolicies;
import io.loopdesk.sla.policy.SlaSettings;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Tenant admins choose and tune their SLA policy; wrong numbers and unknown policies are refused whole. */
@IntegrationTest
class SlaSettingsAdministrationTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    SlaPolicies policies;

    @Autowired
    ObjectMapper json;

    TenantInfo tenant;
    UserView admin;
    Api api;

    @BeforeEach
    void tenant() {
        tenant = fixtures.tenant();
        admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        api = fixtures.api(admin);
    }

    @Test
    void anEnterpriseTenantStartsWithTheStandardPolicyAndSixHours() {
        JsonNode settings = api.get("/api/v1/sla/settings").json();

        assertThat(settings.get("policy").asString()).isEqualTo("STANDARD");
        assertThat(Duration.parse(settings.get("standard").get("firstResponse").asString()))
                .isEqualTo(Duration.ofHours(6));
        assertThat(settings.get("clocks").get("warnAtPercent").asInt()).isEqualTo(75);
        assertThat(api.get("/api/v1/sla/policies").body()).contains("MARKETPLACE");
    }

    @Test
    void anAdminSwitchesToTheMarketplacePolicy() {
        Map<String, Object> settings = document();
        settings.put("policy", "MARKETPLACE");
        ((Map<String, Object>) settings.get("bases")).put("FIRST_RESPONSE", "CALENDAR");

        Api.Response saved = api.put("/api/v1/sla/settings", settings);

        assertThat(saved.status()).isEqualTo(200);
        SlaSettings now = policies.settings(tenant.id());
        assertThat(now.policy()).isEqualTo(PolicyName.MARKETPLACE);
        assertThat(now.bases().get(SlaTarget.FIRST_RESPONSE)).isEqualTo(TimeBasis.CALENDAR);
    }

    @Test
    void negativeDurationsAndSharesOutOfRangeAreRefusedAndNothingChanges() {
        Map<String, Object> settings = document();
        ((Map<String, Object>) settings.get("standard")).put("firstResponse", "PT-3H");
        ((Map<String, Object>) settings.get("resolution")).put("urgent", "PT0S");
        ((Map<String, Object>) settings.get("clocks")).put("warnAtPercent", 150);

        Api.Response refused = api.put("/api/v1/sla/settings", settings);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(fields(refused))
                .containsExactlyInAnyOrder("standard.firstResponse", "resolution.urgent", "clocks.warnAtPercent");
        assertThat(policies.isSaved(tenant.id())).isFalse();
    }

    @Test
    void anUnknownPolicyIsRefusedWithTheChoices() {
        Map<String, Object> settings = document();
        settings.put("policy", "PLATINUM");

        Api.Response refused = api.put("/api/v1/sla/settings", settings);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text("detail")).contains("PLATINUM").contains("STANDARD, MARKETPLACE");
        assertThat(policies.isSaved(tenant.id())).isFalse();
    }

    @Test
    void onlyAdminsChangeThePolicy() {
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);

        assertThat(fixtures.api(supervisor)
                        .put("/api/v1/sla/settings", document())
                        .status())
                .isEqualTo(403);
    }

    @Test
    void thePageNamesTheWrongFieldsAndSaves() {
        WebSession browser = WebSession.signedIn(fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD, "en");
        WebSession.Page page = browser.get("/admin/sla");
        Map<String, String> form = new HashMap<>();
        page.html().select("#sla-settings input[type=text]").forEach(i -> form.put(i.attr("name"), i.attr("value")));
        form.put("policy", "MARKETPLACE");
        form.put("marketplace.firstResponse", "soon");
        form.put("resolution.critical", "-8h");

        WebSession.Page refused = browser.post("/admin/sla", form);

        assertThat(refused.html().select(".field.invalid label").eachText())
                .containsExactlyInAnyOrder("First response", "Critical");
        assertThat(refused.html().select("#marketplace\\.firstResponse").attr("value"))
                .isEqualTo("soon");
        assertThat(policies.isSaved(tenant.id())).isFalse();

        form.put("marketplace.firstResponse", "20m");
        form.put("resolution.critical", "6h");
        WebSession.Page saved = browser.post("/admin/sla", form);

        assertThat(saved.html().select(".alert.ok").text()).contains("saved");
        assertThat(policies.settings(tenant.id()).marketplace().firstResponse()).isEqualTo(Duration.ofMinutes(20));
        assertThat(policies.settings(tenant.id()).resolution().critical()).isEqualTo(Duration.ofHours(6));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> document() {
        Map<String, Object> settings =
                json.convertValue(api.get("/api/v1/sla/settings").json(), Map.class);
        settings.replaceAll((key, value) -> value instanceof Map<?, ?> map ? new HashMap<>(map) : value);
        return settings;
    }

    private static List<String> fields(Api.Response response) {
        return StreamSupport.stream(response.get("errors").spliterator(), false)
                .map(e -> e.get("field").asString())
                .toList();
    }
}
