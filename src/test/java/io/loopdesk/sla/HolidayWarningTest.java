package io.loopdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.NotificationView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.routing.Teams;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.BackgroundWork;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestClock;
import io.loopdesk.testing.TestNodes;
import io.loopdesk.testing.WebSession;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * From 1 November, tenants whose calendars lack the coming year's holidays hear of it once, in the app and in their
 * language, and so do the platform operators; the calendars page says so until the year is there. The node has a
 * clock of its own, set to 31 October of the last year Loopdesk has China's holidays for, so the next year is
 * missing whatever the date today.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
class HolidayWarningTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void tenantsWithoutNextYearsHolidaysAndTheOperatorsAreToldOnceFromTheFirstOfNovember() {
        int known = PublicHolidays.shipped().years(PublicHolidays.CHINA).last();
        int next = known + 1;
        TestClock clock = new TestClock(
                LocalDate.of(known, 10, 31).atTime(12, 0).atZone(SHANGHAI).toInstant());
        try (ConfigurableApplicationContext node = TestNodes.start("holiday_warnings", clock, Map.of())) {
            Fixtures fixtures = Fixtures.outside(node);
            BackgroundWork background = BackgroundWork.of(node);
            UserView operator = fixtures.staff(fixtures.tenantIn(BERLIN, Locale.ENGLISH), Role.PLATFORM_OPERATOR);
            // a desk in China on its plan's default calendar: China's holidays of every year Loopdesk knows
            TenantInfo china = fixtures.tenant();
            UserView chinaAdmin = fixtures.staff(china, Role.TENANT_ADMIN);
            // a desk in Berlin that never listed holidays misses nothing
            UserView berlinAdmin = fixtures.staff(fixtures.tenantIn(BERLIN, Locale.ENGLISH), Role.TENANT_ADMIN);
            // a desk whose own calendar has next year (its own file) but whose night team's calendar has not
            TenantInfo withTeam = fixtures.tenant();
            UserView withTeamAdmin = fixtures.staff(withTeam, Role.TENANT_ADMIN);
            CalendarHolidays holidays = node.getBean(CalendarHolidays.class);
            long night = TenantScope.asSystem(() -> node.getBean(Teams.class)
                    .create(withTeam.id(), "Night shift", null)
                    .id());
            holidays.addChina(withTeam.id(), night, known, Actor.system(withTeam.id()));
            holidays.importYear(withTeam.id(), null, madeUpYear(next), Actor.system(withTeam.id()));

            background.settle();
            assertThat(inbox(node, chinaAdmin)).as("nothing before 1 November").isEmpty();
            WebSession page =
                    WebSession.signedIn(fixtures.baseUrl(), chinaAdmin.username(), Fixtures.PASSWORD, "zh-CN");
            assertThat(page.get("/admin/calendars").html().select("#holidays-missing"))
                    .isEmpty();

            background.advance(clock, Duration.ofHours(21)); // 1 November, 09:00 in Shanghai

            assertThat(inbox(node, chinaAdmin)).singleElement().satisfies(notice -> {
                assertThat(notice.subject()).isEqualTo("日历中缺少 " + next + " 年的节假日");
                assertThat(notice.body())
                        .contains("以下日历还没有 " + next + " 年的法定节假日和调休上班日：整个租户。")
                        .contains("Loopdesk 还没有 " + next + " 年的数据");
            });
            assertThat(inbox(node, withTeamAdmin))
                    .singleElement()
                    .satisfies(notice ->
                            assertThat(notice.body()).contains("：Night shift。").doesNotContain("整个租户"));
            assertThat(inbox(node, berlinAdmin)).isEmpty();
            assertThat(inbox(node, operator))
                    .extracting(NotificationView::subject)
                    .containsExactlyInAnyOrder(
                            "Tenant " + china.name() + " has no holidays for " + next,
                            "Tenant " + withTeam.name() + " has no holidays for " + next);
            assertThat(page.get("/admin/calendars")
                            .html()
                            .select("#holidays-missing")
                            .text())
                    .contains("以下日历还没有 " + next + " 年的法定节假日和调休上班日：整个租户。")
                    .contains("从 CSV 或 iCalendar 文件导入这一年");

            background.advance(clock, Duration.ofDays(1));
            assertThat(inbox(node, chinaAdmin)).as("once a year").hasSize(1);
            assertThat(inbox(node, operator)).hasSize(2);

            WebSession.Page imported = page.upload(
                    "/admin/calendars/holidays",
                    new Api.FilePart(
                            "file", next + ".csv", "text/csv", madeUpYear(next).readAllBytes()));
            assertThat(imported.html().select(".alert.ok")).isNotEmpty();
            assertThat(imported.html().select("#holidays-missing")).isEmpty();
        }
    }

    /** A file with one day of {@code year}: made up, only to stand for an imported schedule. */
    private static ByteArrayInputStream madeUpYear(int year) {
        return new ByteArrayInputStream((year + "-01-01,元旦,HOLIDAY\n").getBytes(StandardCharsets.UTF_8));
    }

    private static List<NotificationView> inbox(ConfigurableApplicationContext node, UserView user) {
        return TenantScope.inTenant(
                user.tenantId(), () -> node.getBean(Notifications.class).inbox(user.id()));
    }
}
