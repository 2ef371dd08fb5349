package io.loopdesk.ticket;

import static io.loopdesk.testing.Pages.fill;
import static io.loopdesk.testing.Pages.signIn;
import static io.loopdesk.testing.Pages.text;
import static io.loopdesk.testing.Pages.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Browser;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff decide per progress record whether the customer sees it (a checkbox on the page, {@code customerVisible} on
 * the API), and the customer's portal shows exactly those; the others stay between colleagues.
 */
@IntegrationTest
@Tag("browser")
class CustomerVisibleProgressBrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Autowired
    Fixtures fixtures;

    @Test
    void theCustomerSeesTheProgressStaffShowedThemAndNothingElse() {
        TenantInfo tenant = fixtures.tenant();
        UserView customer = fixtures.customer(tenant);
        UserView agent = fixtures.staff(tenant, Role.AGENT);
        String number = fixtures.ticketOf(customer).number();
        Api staff = fixtures.api(agent);
        Api.Response shown = staff.post(
                "/api/v1/tickets/" + number + "/progress",
                Map.of(
                        "label", "REMOTE_TROUBLESHOOTING",
                        "details", "已远程重置门锁的网络配置，请重启门锁后再试。",
                        "customerVisible", true));
        Api.Response internal = staff.post(
                "/api/v1/tickets/" + number + "/progress",
                Map.of("label", "AWAITING_RND", "details", "内部：怀疑是 1.2.3 固件的 bug，已提给研发。"));
        assertThat(shown.status()).as(shown.body()).isEqualTo(201);
        assertThat(shown.get("customerVisible").asBoolean()).isTrue();
        assertThat(internal.get("customerVisible").asBoolean()).isFalse();

        WebDriver desk = browser.open(Browser.DESKTOP, "zh-CN");
        signIn(desk, fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD);
        desk.get(fixtures.baseUrl() + "/tickets/" + number);
        desk.findElement(By.xpath("//summary[normalize-space()='记录进展']")).click();
        fill(desk, "details", "已安排工程师明天上午上门更换 WiFi 模块。");
        desk.findElement(By.id("progress-customer-visible")).click();
        desk.findElement(By.cssSelector("form[action$='/progress'] button[type=submit]"))
                .click();
        waitForText(desk, "#timeline", "上门更换 WiFi 模块");
        assertThat(desk.findElements(By.cssSelector("#timeline li.kind-progress .badge")))
                .extracting(e -> e.getText())
                .containsExactly("客户可见", "客户可见");
        Browser.screenshot(desk, "test-progress-staff-zh");

        WebDriver phone = browser.open(Browser.PHONE, "zh-CN");
        signIn(phone, fixtures.baseUrl(), customer.username(), Fixtures.PASSWORD);
        phone.get(fixtures.baseUrl() + "/portal/tickets/" + number);
        assertThat(text(phone, ".timeline"))
                .contains("已远程重置门锁的网络配置", "上门更换 WiFi 模块", "远程排查")
                .doesNotContain("怀疑是 1.2.3 固件");
        Browser.screenshot(phone, "test-progress-portal-phone-zh");

        assertThat(fixtures.api(customer)
                        .get("/api/v1/tickets/" + number + "/progress")
                        .json())
                .as("the API tells the customer the same")
                .hasSize(2);
    }
}
