package io.loopdesk;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Administration that only HTTP reaches: changing a user's roles and switching them off on the users page, the audit
 * trail as a CSV download, and registering a tenant. Each for the role that may, never across tenants.
 */
@IntegrationTest
class AdministrationHttpTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    UserAccounts users;

    TenantInfo tenant;
    UserView admin;
    WebSession pages;

    @BeforeEach
    void setUp() {
        tenant = fixtures.tenant();
        admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        pages = fixtures.pages(admin);
        pages.get("/admin/users");
    }

    @Test
    void anAdminChangesAUsersRolesAndSwitchesThemOff() {
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        WebSession.Page changed =
                pages.post("/admin/users/" + agent.id(), Map.of("roles", "SUPERVISOR", "enabled", "true"));
        assertThat(changed.text()).contains("The user was changed.");
        assertThat(user(agent).roles()).containsExactly(Role.SUPERVISOR);

        WebSession.Page off = pages.post("/admin/users/" + agent.id(), Map.of("roles", "SUPERVISOR"));
        assertThat(off.text()).contains("The user was changed.");
        assertThat(user(agent).enabled()).isFalse();

        WebSession.Page noRole = pages.post("/admin/users/" + agent.id(), Map.of("enabled", "true"));
        assertThat(noRole.text()).contains("A user needs at least one role.");
        WebSession.Page operator =
                pages.post("/admin/users/" + agent.id(), Map.of("roles", "PLATFORM_OPERATOR", "enabled", "true"));
        assertThat(operator.text()).contains("Only platform operators make platform operators.");
        WebSession.Page self = pages.post("/admin/users/" + admin.id(), Map.of("roles", "TENANT_ADMIN"));
        assertThat(self.text()).contains("You cannot disable yourself.");
        assertThat(user(agent).roles()).containsExactly(Role.SUPERVISOR);
        assertThat(user(admin).enabled()).isTrue();
    }

    @Test
    void neitherAnAgentNorAnotherTenantsAdminChangesAUser() {
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        WebSession agents = fixtures.pages(agent);
        agents.get("/workspace");
        assertThat(agents.post("/admin/users/" + agent.id(), Map.of("roles", "TENANT_ADMIN", "enabled", "true"))
                        .status())
                .isEqualTo(403);

        WebSession stranger = fixtures.pages(fixtures.staff(fixtures.tenant(), Role.TENANT_ADMIN));
        stranger.get("/admin/users");
        WebSession.Page refused =
                stranger.post("/admin/users/" + agent.id(), Map.of("roles", "TENANT_ADMIN", "enabled", "false"));
        assertThat(refused.status()).isIn(200, 404);
        assertThat(refused.text()).doesNotContain("The user was changed.").doesNotContain(agent.username());
        assertThat(user(agent).roles()).containsExactly(Role.AGENT);
        assertThat(user(agent).enabled()).isTrue();
    }

    @Test
    void theAuditTrailDownloadsAsCsvOfTheTenantOnly() {
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        pages.post("/admin/users/" + agent.id(), Map.of("roles", "QA", "enabled", "true"));

        Api.Download csv = pages.download("/admin/audit/export");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment", "audit.csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text)
                .as("a byte order mark first, so spreadsheets read it as UTF-8")
                .startsWith("\uFEFFid,tenant,sequence,occurred_at")
                .contains("user.roles.changed");

        Api.Download bad = pages.download("/admin/audit/export?from=last-week");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(new String(bad.body(), StandardCharsets.UTF_8)).contains("from");
        WebSession agents = fixtures.pages(agent);
        assertThat(agents.download("/admin/audit/export").status()).isEqualTo(403);
        UserView stranger = fixtures.staff(fixtures.tenant(), Role.TENANT_ADMIN);
        String theirs = new String(
                fixtures.api(stranger)
                        .download("/admin/audit/export?tenant=" + tenant.id())
                        .body(),
                StandardCharsets.UTF_8);
        assertThat(theirs).doesNotContain("user.roles.changed").doesNotContain(agent.username());
    }

    @Test
    void onlyAPlatformOperatorRegistersATenant() {
        Api operator = fixtures.api(fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR));
        String code = "acme-" + System.nanoTime() % 1_000_000;
        Map<String, Object> request =
                Map.of("code", code, "name", "Acme 门锁", "plan", "ENTERPRISE", "timeZone", "Asia/Shanghai");

        assertThat(fixtures.api(admin).post("/api/v1/tenants", request).status())
                .isEqualTo(403);
        Api.Response noZone =
                operator.post("/api/v1/tenants", Map.of("code", code, "name", "Acme", "timeZone", "Mars/Base"));
        assertThat(noZone.status()).isEqualTo(400);
        assertThat(noZone.text("detail")).contains("Unknown time zone 'Mars/Base'");
        Api.Response noName = operator.post("/api/v1/tenants", Map.of("code", code));
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.text("detail")).contains("code and name are required");

        Api.Response longCode = operator.post("/api/v1/tenants", Map.of("code", "x".repeat(41), "name", "Acme"));
        assertThat(longCode.status()).as(longCode.body()).isEqualTo(400);
        assertThat(longCode.get("errors").get(0).get("field").asString()).isEqualTo("code");
        Api.Response spaces = operator.post("/api/v1/tenants", Map.of("code", "acme home", "name", "Acme"));
        assertThat(spaces.status()).as(spaces.body()).isEqualTo(400);
        assertThat(spaces.get("errors").get(0).get("field").asString()).isEqualTo("code");
        Api.Response longName = operator.post("/api/v1/tenants", Map.of("code", code, "name", "名".repeat(201)));
        assertThat(longName.status()).as(longName.body()).isEqualTo(400);
        assertThat(longName.get("errors").get(0).get("field").asString()).isEqualTo("name");

        Api.Response registered = operator.post("/api/v1/tenants", request);
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.text("code")).isEqualTo(code);
        assertThat(registered.text("timeZone")).isEqualTo("Asia/Shanghai");
        assertThat(operator.get("/api/v1/tenants").body()).contains(code);
        assertThat(fixtures.api(admin).get("/api/v1/tenants").body()).doesNotContain(code);
        Api.Response taken = operator.post("/api/v1/tenants", request);
        assertThat(taken.status()).as("taken, like a username").isEqualTo(409);
        assertThat(taken.text("detail")).isEqualTo("Tenant code already taken: " + code);
    }

    private UserView user(UserView user) {
        return TenantScope.asSystem(() -> users.byId(user.id())).orElseThrow();
    }
}
