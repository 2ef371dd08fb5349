package io.loopdesk.automation;

import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.ticket.tag.TicketTags;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A tenant admin writes an automation in Chromium, in Chinese: a wrong row is named beside its field, a dry run
 * shows the recent tickets it would hit, and once saved it tags the next ticket, which its log then lists.
 */
@IntegrationTest
@Tag("browser")
class AutomationPagesBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;

    @Autowired
    TicketTags tags;

    @Autowired
    BackgroundWork background;

    @Test
    void anAdminWritesTriesAndSavesARule() {
        TenantInfo tenant = fixtures.tenant();
        UserView admin = fixtures.staff(tenant, Role.TENANT_ADMIN);
        UserView customer = fixtures.customer(tenant);
        String earlier = fixtures.ticketOf(customer).number();

        WebDriver desk = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(desk, fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD);
        desk.get(fixtures.baseUrl() + "/admin/automations");
        assertThat(desk.findElement(By.id("content")).getText()).contains("还没有自动化规则。");
        desk.findElement(By.id("new-automation")).click();

        desk.findElement(By.id("rule-name")).sendKeys("门锁联网");
        new Select(desk.findElement(By.id("rule-trigger"))).selectByValue("CREATED");
        new Select(desk.findElement(By.id("c-subject-0"))).selectByValue("TEXT");
        new Select(desk.findElement(By.id("c-operator-0"))).selectByValue("CONTAINS");
        desk.findElement(By.id("c-value-0")).sendKeys("WiFi");
        new Select(desk.findElement(By.id("a-kind-0"))).selectByValue("ADD_TAG");
        desk.findElement(By.id("a-value-0")).sendKeys("门锁联网");
        new Select(desk.findElement(By.id("a-kind-1"))).selectByValue("SET_STATUS");
        desk.findElement(By.id("a-value-1")).sendKeys("SOMEWHERE");

        desk.findElement(By.id("save-automation")).click();
        waitUntil(
                desk,
                d -> !d.findElements(By.cssSelector(".field.invalid .error")).isEmpty());
        assertThat(desk.findElement(By.cssSelector(".field.invalid .error")).getText())
                .startsWith("请从以下选择：NEW, IN_PROGRESS");
        assertThat(desk.findElement(By.id("rule-name")).getAttribute("value")).isEqualTo("门锁联网");

        desk.findElement(By.id("a-value-1")).clear();
        new Select(desk.findElement(By.id("a-kind-1"))).selectByValue("");
        desk.findElement(By.id("try-automation")).click();
        waitUntil(desk, d -> !d.findElements(By.id("dry-run")).isEmpty());
        assertThat(desk.findElement(By.id("dry-run")).getText()).contains("会命中 1 个", earlier);
        Browser.screenshot(desk, "test-automation-dry-run");

        desk.findElement(By.id("save-automation")).click();
        waitUntil(desk, d -> !d.findElements(By.id("automation-rules")).isEmpty());
        assertThat(desk.findElement(By.id("automation-rules")).getText()).contains("门锁联网", "工单创建时");

        String next = fixtures.ticketOf(customer).number();
        background.settle();
        assertThat(TenantScope.inTenant(tenant.id(), () -> tags.of(next, Fixtures.actor(admin))))
                .containsExactly("门锁联网");
        desk.navigate().refresh();
        assertThat(desk.findElement(By.id("automation-firings")).getText()).contains(next, "已执行");
        Browser.screenshot(desk, "test-automation-list");
    }
}
