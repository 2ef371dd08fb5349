package io.loopdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A refusal of the domain reads in the caller's language: the API's problem document in the language of
 * {@code Accept-Language} (English without one, as before), its field messages too, while the codes stay put; a
 * page in the page's language.
 */
@IntegrationTest
class RefusalsInTheReadersLanguageTest {

    private static final Map<String, Object> OVERLAPPING_HOURS = Map.of(
            "zone", "Asia/Shanghai", "hours", Map.of("MONDAY", "09:00-13:00, 12:00-18:00"), "holidays", List.of());

    @Autowired
    Fixtures fixtures;

    Api api;

    @BeforeEach
    void admin() {
        TenantInfo tenant = fixtures.tenant();
        api = fixtures.api(fixtures.staff(tenant, Role.TENANT_ADMIN));
    }

    @Test
    void aTicketThatIsNotThereIsSaidInEnglishOrChineseAsAsked() {
        String path = "/api/v1/tickets/261123-999999";

        Api.Response english =
                api.withHeader("Accept-Language", "en-US,en;q=0.9").get(path);
        Api.Response chinese =
                api.withHeader("Accept-Language", "zh-CN,zh;q=0.9").get(path);
        Api.Response unsaid = api.get(path);

        assertThat(english.status()).isEqualTo(404);
        assertThat(english.text("detail")).isEqualTo("No ticket 261123-999999.");
        assertThat(chinese.status()).isEqualTo(404);
        assertThat(chinese.text("detail")).isEqualTo("没有工单 261123-999999。");
        assertThat(unsaid.text("detail")).isEqualTo("No ticket 261123-999999.");
    }

    @Test
    void aCalendarRefusedForItsHoursIsExplainedInTheCallersLanguageWithTheSameCode() {
        String path = "/api/v1/sla/calendars/tenant";

        Api.Response english = api.withHeader("Accept-Language", "en").put(path, OVERLAPPING_HOURS);
        Api.Response chinese = api.withHeader("Accept-Language", "zh-CN").put(path, OVERLAPPING_HOURS);

        assertThat(english.status()).isEqualTo(400);
        assertThat(english.text("detail")).contains("Not valid working hours", "09:00-13:00, 12:00-18:00");
        assertThat(chinese.status()).isEqualTo(400);
        assertThat(chinese.text("detail"))
                .contains("工作时间", "09:00-13:00, 12:00-18:00", "无效")
                .doesNotContain("working hours", "overlap");
        assertThat(chinese.get("errors").get(0).get("message").asString()).contains("无效");
        assertThat(chinese.get("errors").get(0).get("code").asString())
                .isEqualTo(english.get("errors").get(0).get("code").asString())
                .isEqualTo("sla.calendar.hours.invalid");
    }

    @Test
    void aStatusChangeRefusedNamesTheStatusesAndWhoMayInTheCallersLanguage() {
        TenantInfo tenant = fixtures.tenant();
        String number = fixtures.ticketOf(fixtures.customer(tenant)).number();
        Api agent = fixtures.api(fixtures.staff(tenant, Role.AGENT));
        String path = "/api/v1/tickets/" + number + "/status";

        Api.Response already = agent.withHeader("Accept-Language", "zh-CN").post(path, Map.of("status", "NEW"));
        Api.Response notYours =
                agent.withHeader("Accept-Language", "zh-CN").post(path, Map.of("status", "CLOSED", "reason", "重复"));
        Api.Response notYoursInEnglish =
                agent.withHeader("Accept-Language", "en").post(path, Map.of("status", "CLOSED", "reason", "duplicate"));

        assertThat(already.status()).isEqualTo(409);
        assertThat(already.text("detail")).isEqualTo("工单已经是“待处理”状态。");
        assertThat(notYours.status()).isEqualTo(403);
        assertThat(notYours.text("detail")).contains("待处理", "已关闭", "主管").doesNotContain("NEW", "supervisor");
        assertThat(notYoursInEnglish.text("detail")).contains("from New to Closed", "supervisors");
    }

    @Test
    void aTicketPageSaysARefusedStatusChangeInThePagesLanguage() {
        TenantInfo tenant = fixtures.tenant();
        String number = fixtures.ticketOf(fixtures.customer(tenant)).number();
        UserView agent = fixtures.staff(tenant, Role.AGENT);

        for (String language : List.of("zh-CN", "en")) {
            WebSession page = WebSession.signedIn(fixtures.baseUrl(), agent.username(), Fixtures.PASSWORD, language);
            page.get("/tickets/" + number);
            WebSession.Page refused =
                    page.post("/tickets/" + number + "/status", Map.of("status", "CLOSED", "reason", "重复"));

            String alert = refused.html().select(".alert.error").text();
            if (language.equals("zh-CN")) {
                assertThat(alert).contains("待处理", "已关闭", "主管").doesNotContain("Moving a ticket");
            } else {
                assertThat(alert).contains("Moving a ticket from New to Closed", "supervisors");
            }
        }
    }
}
