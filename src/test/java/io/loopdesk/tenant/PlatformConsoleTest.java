package io.loopdesk.tenant;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The platform operators' console of tenants: registering and changing a tenant with its audit trail, suspending
 * one (its people signed out and refused however they come, its apps refused) and reactivating it; bad input is
 * refused on the page and changes nothing; only operators reach it.
 */
@IntegrationTest
class PlatformConsoleTest {

    @Autowired
    Fixtures fixtures;

    @Autowired
    Tenants tenants;

    UserView operator;
    WebSession console;

    @BeforeEach
    void setUp() {
        operator = fixtures.staff(fixtures.tenant(), Role.PLATFORM_OPERATOR);
        console = fixtures.pages(operator);
        console.get("/platform/tenants");
    }

    @Test
    void anOperatorRegistersAndChangesATenantAndTheTrailKeepsBeforeAndAfter() {
        String code = "brand-" + System.nanoTime() % 1_000_000_000;
        WebSession.Page registered = console.post(
                "/platform/tenants",
                Map.of(
                        "code",
                        code,
                        "name",
                        "Brand Home",
                        "plan",
                        "BASIC",
                        "timeZone",
                        "Asia/Shanghai",
                        "language",
                        "zh-CN"));
        assertThat(registered.text()).contains("The tenant was registered.", "Brand Home");
        assertThat(console.get("/platform/tenants?q=" + code).text()).contains(code, "Brand Home", "Basic");

        WebSession.Page changed = console.post(
                "/platform/tenants/" + code,
                Map.of("name", "Brand Home Europe", "plan", "FLAGSHIP", "timeZone", "Europe/Berlin", "language", "en"));
        assertThat(changed.text()).contains("The tenant was changed.");
        String trail = changed.html().select("a[href*='/admin/audit']").attr("href");
        assertThat(console.get(trail).text()).contains("Tenant changed", operator.username());
        TenantInfo now = tenants.byCode(code).orElseThrow();
        assertThat(now.name()).isEqualTo("Brand Home Europe");
        assertThat(now.plan()).isEqualTo(Plan.FLAGSHIP);
        assertThat(now.timeZone().getId()).isEqualTo("Europe/Berlin");
        assertThat(now.defaultLocale().toLanguageTag()).isEqualTo("en");

        JsonNode entry = fixtures.api(operator)
                .get("/api/v1/audit?tenant=" + now.id() + "&action=tenant.changed")
                .get("items")
                .get(0);
        assertThat(entry.get("actorName").asString()).contains(operator.username());
        assertThat(entry.get("before").asString()).contains("Brand Home", "BASIC", "Asia/Shanghai");
        assertThat(entry.get("after").asString()).contains("Brand Home Europe", "FLAGSHIP", "Europe/Berlin");
    }

    @Test
    void badInputIsRefusedOnThePageAndChangesNothing() {
        TenantInfo tenant = fixtures.tenant();
        String before = tenant.timeZone().getId();

        WebSession.Page zone = console.post(
                "/platform/tenants/" + tenant.code(),
                Map.of("name", tenant.name(), "plan", "BASIC", "timeZone", "Mars/Olympus", "language", "zh-CN"));
        assertThat(zone.text()).contains("Unknown time zone \"Mars/Olympus\"");
        WebSession.Page name = console.post(
                "/platform/tenants/" + tenant.code(),
                Map.of("name", " ", "plan", "BASIC", "timeZone", "UTC", "language", "zh-CN"));
        assertThat(name.text()).contains("A tenant name has 1–200 characters.");
        WebSession.Page taken = console.post(
                "/platform/tenants",
                Map.of("code", tenant.code(), "name", "Copy", "plan", "BASIC", "timeZone", "UTC", "language", "en"));
        assertThat(taken.text()).contains("is already taken");
        assertThat(tenants.byCode(tenant.code()).orElseThrow().timeZone().getId())
                .isEqualTo(before);
        assertThat(tenants.byCode(tenant.code()).orElseThrow().plan()).isEqualTo(Plan.ENTERPRISE);

        WebSession.Page noReason =
                console.post("/platform/tenants/" + tenant.code() + "/suspend", Map.of("reason", " "));
        assertThat(noReason.text()).contains("Say why the tenant is suspended");
        assertThat(tenants.byCode(tenant.code()).orElseThrow().suspended()).isFalse();

        String own = tenants.byId(operator.tenantId()).orElseThrow().code();
        WebSession.Page self = console.post("/platform/tenants/" + own + "/suspend", Map.of("reason", "test"));
        assertThat(self.text()).contains("You cannot suspend the tenant you work from");
        assertThat(tenants.byId(operator.tenantId()).orElseThrow().suspended()).isFalse();

        assertThat(console.get("/platform/tenants/no-such-tenant").status()).isEqualTo(404);
    }

    @Test
    void aSuspendedTenantsPeopleAndAppsAreRefusedUntilItIsReactivated() {
        TenantInfo tenant = fixtures.tenant();
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        WebSession adminPages = fixtures.pages(admin);
        Api adminApi = fixtures.api(admin);
        String appKey = adminApi.post("/api/v1/feedback-apps", Map.of("name", "Brand app"))
                .text("key");
        Api app = fixtures.app(appKey);
        assertThat(app.get("/api/v1/kb/articles").status()).isEqualTo(200);

        WebSession.Page suspended = console.post(
                "/platform/tenants/" + tenant.code() + "/suspend", Map.of("reason", "Contract ended 2026-11-30"));
        assertThat(suspended.text()).contains("The tenant is suspended", "Contract ended 2026-11-30");

        WebSession.Page signedOut = adminPages.get("/workspace");
        assertThat(signedOut.url()).contains("/login");
        assertThat(signedOut.text()).contains("service on Loopdesk is suspended");
        Api.Response api = adminApi.get("/api/v1/tickets");
        assertThat(api.status()).isEqualTo(403);
        assertThat(api.text("title")).isEqualTo("Tenant suspended");
        Api.Response fromApp = app.get("/api/v1/kb/articles");
        assertThat(fromApp.status()).isEqualTo(403);
        assertThat(fromApp.text("detail")).contains("suspended");
        WebSession again = WebSession.anonymous(fixtures.baseUrl(), "zh-CN");
        again.get("/login");
        WebSession.Page signIn =
                again.post("/login", Map.of("username", admin.username(), "password", Fixtures.PASSWORD));
        assertThat(signIn.url()).contains("/login");
        assertThat(signIn.text()).contains("服务已暂停");

        JsonNode entry = fixtures.api(operator)
                .get("/api/v1/audit?tenant=" + tenant.id() + "&action=tenant.suspended")
                .get("items")
                .get(0);
        assertThat(entry.get("after").asString()).isEqualTo("Contract ended 2026-11-30");

        WebSession.Page reactivated = console.post("/platform/tenants/" + tenant.code() + "/reactivate", Map.of());
        assertThat(reactivated.text()).contains("The tenant is active again.");
        assertThat(adminApi.get("/api/v1/tickets").status()).isEqualTo(200);
        assertThat(app.get("/api/v1/kb/articles").status()).isEqualTo(200);
        assertThat(fixtures.pages(admin).get("/workspace").url()).doesNotContain("/login");
    }

    @Test
    void onlyPlatformOperatorsReachTheConsole() {
        TenantInfo tenant = fixtures.tenant();
        WebSession admin = fixtures.pages(fixtures.staff(tenant, Role.TENANT_ADMIN));
        assertThat(admin.get("/platform/tenants").status()).isEqualTo(403);
        admin.get("/workspace");
        assertThat(admin.post("/platform/tenants/" + tenant.code() + "/suspend", Map.of("reason", "x"))
                        .status())
                .isEqualTo(403);
        assertThat(tenants.byCode(tenant.code()).orElseThrow().suspended()).isFalse();
    }
}
