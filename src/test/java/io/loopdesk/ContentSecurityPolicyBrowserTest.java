package io.loopdesk;

import static io.loopdesk.testing.Pages.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.Pages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages under their Content-Security-Policy in real Chromium: every page each role opens renders with nothing
 * blocked (no inline script or style left behind, htmx without its inline styles), and the new pages of this work
 * (the audit trail, the throttled sign-in) read right in Chinese and English.
 */
@IntegrationTest
@Tag("browser")
class ContentSecurityPolicyBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;

    @Test
    void noPageOfAnyRoleHasAnythingBlocked() {
        TenantInfo tenant = fixtures.tenant();
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        UserView agent = fixtures.staff(tenant, Role.AGENT, Role.SUPERVISOR);
        UserView customer = fixtures.customer(tenant);
        String ticket = fixtures.ticketOf(customer).number();
        String base = fixtures.baseUrl();
        List<String> blocked = new ArrayList<>();

        visit(
                base,
                admin,
                List.of(
                        "/admin/users",
                        "/admin/routing",
                        "/admin/routing/categories",
                        "/admin/mailboxes",
                        "/admin/sla",
                        "/admin/audit",
                        "/admin/calendars",
                        "/admin/rules",
                        "/admin/apps",
                        "/swagger-ui.html"),
                blocked);
        visit(
                base,
                agent,
                List.of(
                        "/workspace",
                        "/tickets/" + ticket,
                        "/tickets/new",
                        "/desk",
                        "/review",
                        "/incidents",
                        "/notifications",
                        "/reports",
                        "/reports/scorecard"),
                blocked);
        visit(base, customer, List.of("/portal", "/portal/new", "/portal/tickets/" + ticket), blocked);

        assertThat(blocked).isEmpty();
    }

    @Test
    void theAuditTrailReadsInChineseAndEnglish() {
        TenantInfo tenant = fixtures.tenant();
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        fixtures.api(admin).patch("/api/v1/users/" + agent.id(), Map.of("roles", List.of("AGENT", "ENGINEER")));

        WebDriver chinese = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(chinese, fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD);
        chinese.get(fixtures.baseUrl() + "/admin/audit");
        WebDriver english = browser.open(Browser.DESKTOP, "en-US");
        signIn(english, fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD);
        english.get(fixtures.baseUrl() + "/admin/audit");
        Browser.screenshot(english, "audit-trail");
        english.findElement(By.id("audit-verify")).click();

        assertThat(Pages.text(chinese, "#audit")).contains("更改角色", agent.username(), "登录成功");
        assertThat(Pages.text(english, "#audit-checks")).contains("The chain is intact");
    }

    private void visit(String base, UserView user, List<String> paths, List<String> blocked) {
        WebDriver driver = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(driver, base, user.username(), Fixtures.PASSWORD);
        for (String path : paths) {
            driver.get(base + path);
            Browser.console(driver).stream()
                    .filter(line -> line.contains("Content Security Policy") || line.contains("Refused to"))
                    .forEach(line -> blocked.add(path + ": " + line));
        }
    }
}
