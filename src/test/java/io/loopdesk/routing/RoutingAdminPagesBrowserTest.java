package io.loopdesk.routing;

import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The tenant admin's routing settings as a person reads them: teams with their members' names, each category's team
 * choice saying what an empty choice means (a top-level category has no parent to inherit from), and pages that fit
 * a 1366-px screen instead of one long form.
 */
@IntegrationTest
@Tag("browser")
class RoutingAdminPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    private static final Dimension LAPTOP = new Dimension(1366, 768);

    private static final List<String> PAGES = List.of(
            "/admin/routing",
            "/admin/routing/teams",
            "/admin/routing/shifts",
            "/admin/routing/categories",
            "/admin/routing/agents");

    @Autowired
    Fixtures fixtures;

    @Autowired
    Teams teams;

    @Autowired
    Categories categories;

    @Test
    void teamsAreListedWithTheirMembersNames() {
        TenantInfo tenant = fixtures.tenant();
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        UserView supervisor = fixtures.staff(tenant, Role.SUPERVISOR);
        TeamView aftersales = teams.create(tenant.id(), "售后服务", "退换货、安装、物流");
        TenantScope.asSystem(() -> {
            teams.addMember(aftersales.id(), agent.id());
            teams.addMember(aftersales.id(), supervisor.id());
        });

        WebDriver page = browser.open(LAPTOP, "zh-CN");
        signIn(page, fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD);
        page.get(fixtures.baseUrl() + "/admin/routing/teams");

        assertThat(text(page, "#teams"))
                .contains("售后服务", agent.displayName(), supervisor.displayName())
                .doesNotContain("null");
    }

    @Test
    void anEmptyTeamChoiceSaysWhatItMeansAndIsReadInFull() {
        TenantInfo tenant = fixtures.tenant();
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        TeamView network = teams.create(tenant.id(), "技术支持·网络组", null);
        CategoryView technical = categories.find(tenant.id(), "technical").orElseThrow();
        categories.save(
                tenant.id(),
                new CategoryView(technical.code(), technical.nameZh(), technical.nameEn(), network.id(), null),
                Fixtures.actor(admin));

        WebDriver page = browser.open(LAPTOP, "zh-CN");
        signIn(page, fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD);
        page.get(fixtures.baseUrl() + "/admin/routing/categories");

        String topLevel = firstOption(page, "cat-team-suggestion");
        assertThat(topLevel).contains("不指定团队").doesNotContain("上级");
        assertThat(firstOption(page, "cat-team-technical.network")).contains("沿用上级分类", "技术支持·网络组");
        assertThat(firstOption(page, "cat-team-content.vulgar")).contains("沿用上级分类", "未指定团队");
        for (WebElement select : page.findElements(By.cssSelector("#categories select"))) {
            assertThat(textFits(page, select)).as(select.getAttribute("id")).isTrue();
        }
        Browser.screenshot(page, "test-routing-categories-zh");

        WebDriver english = browser.open(LAPTOP, "en-US");
        signIn(english, fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD);
        english.get(fixtures.baseUrl() + "/admin/routing/categories");
        assertThat(firstOption(english, "cat-team-suggestion")).startsWith("No team");
        assertThat(firstOption(english, "cat-team-technical.network")).contains("The parent's team");
        Browser.screenshot(english, "test-routing-categories-en");
    }

    @Test
    void eachRoutingPageFitsALaptopScreenAndLeadsToTheOthers() {
        TenantInfo tenant = fixtures.tenant();
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        fixtures.staff(tenant, Role.AGENT);
        teams.create(tenant.id(), "售后服务", null);

        WebDriver page = browser.open(LAPTOP, "zh-CN");
        signIn(page, fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD);
        for (String path : PAGES) {
            page.get(fixtures.baseUrl() + path);
            long width = (Long) ((JavascriptExecutor) page)
                    .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(width).as(path + " is wider than the screen by").isLessThanOrEqualTo(0);
            assertThat(page.findElements(By.cssSelector("nav.subtabs a")))
                    .as(path)
                    .hasSize(PAGES.size());
            assertThat(page.findElement(By.cssSelector("nav.subtabs a[aria-current=page]"))
                            .getAttribute("href"))
                    .as(path)
                    .endsWith(path);
        }
        page.get(fixtures.baseUrl() + "/admin/routing");
        assertThat(page.findElements(By.id("categories")))
                .as("the rules page holds only the rules")
                .isEmpty();
        Browser.screenshot(page, "test-routing-rules-zh");
    }

    private static String firstOption(WebDriver page, String selectId) {
        return new Select(page.findElement(By.id(selectId)))
                .getOptions()
                .getFirst()
                .getText();
    }

    /** Whether the select is wide enough to show its longest option whole (text, padding and the arrow). */
    private static boolean textFits(WebDriver page, WebElement select) {
        return (Boolean) ((JavascriptExecutor) page).executeScript("""
                        const s = arguments[0], style = getComputedStyle(s);
                        const c = document.createElement('canvas').getContext('2d');
                        c.font = style.font;
                        let widest = 0;
                        for (const o of s.options) widest = Math.max(widest, c.measureText(o.text).width);
                        return s.clientWidth >= widest + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 16;
                        """, select);
    }
}
