package io.loopdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.identity.Role;
import io.loopdesk.identity.UserView;
import io.loopdesk.routing.TeamView;
import io.loopdesk.routing.Teams;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.sla.calendar.BusinessCalendar;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.calendar.PublicHolidays;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.IntegrationTest;
import io.loopdesk.testing.WebSession;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Tenant admins keep their calendars through the API and the page; a wrong calendar is refused whole. */
@IntegrationTest
class CalendarAdministrationTest {

    private static final Map<String, Object> SIX_DAYS = Map.of(
            "zone", "Asia/Shanghai",
            "hours",
                    Map.of(
                            "MONDAY", "09:00-12:00, 13:00-18:00",
                            "TUESDAY", "09:00-18:00",
                            "WEDNESDAY", "09:00-18:00",
                            "THURSDAY", "09:00-18:00",
                            "FRIDAY", "09:00-18:00",
                            "SATURDAY", "10:00-16:00"),
            "holidays", List.of(Map.of("date", "2026-12-25", "name", "Company day", "kind", "HOLIDAY")));

    @Autowired
    Fixtures fixtures;

    @Autowired
    Calendars calendars;

    @Autowired
    Teams teams;

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
    void anEnterpriseTenantInChinaStartsWithFiveByEightAndChinasHolidays() {
        JsonNode calendar = api.get("/api/v1/sla/calendars/tenant").json();

        assertThat(calendar.get("saved").asBoolean()).isFalse();
        assertThat(calendar.get("calendar").get("hours").get("MONDAY").asString())
                .isEqualTo("09:00-18:00");
        assertThat(calendar.get("calendar").get("hours").get("SATURDAY").asString())
                .isEqualTo("closed");
        assertThat(calendar.get("calendar").get("holidays").size())
                .isEqualTo(PublicHolidays.shipped()
                        .all(PublicHolidays.CHINA)
                        .days()
                        .size())
                .isGreaterThanOrEqualTo(39);
    }

    @Test
    void anAdminSavesTheTenantsCalendar() {
        Api.Response saved = api.put("/api/v1/sla/calendars/tenant", SIX_DAYS);

        assertThat(saved.status()).isEqualTo(200);
        BusinessCalendar calendar = calendars.ofTenant(tenant.id());
        assertThat(calendar.isBusinessDay(LocalDate.parse("2026-12-26"))).isTrue(); // a Saturday
        assertThat(calendar.isBusinessDay(LocalDate.parse("2026-12-25"))).isFalse();
        assertThat(calendar.weeklyHours().on(java.time.DayOfWeek.MONDAY).length())
                .isEqualTo(java.time.Duration.ofHours(8));
    }

    @Test
    void everyWrongFieldIsNamedAndNothingChanges() {
        api.put("/api/v1/sla/calendars/tenant", SIX_DAYS);

        Api.Response refused = api.put(
                "/api/v1/sla/calendars/tenant",
                Map.of(
                        "zone", "Mars/Olympus",
                        "hours", Map.of("MONDAY", "09:00-13:00, 12:00-18:00", "TUESDAY", "25:00-26:00"),
                        "holidays",
                                List.of(
                                        Map.of("date", "2026-02-30", "name", "No such day", "kind", "HOLIDAY"),
                                        Map.of("date", "2026-10-01", "name", "", "kind", "SOMETIMES"))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(fields(refused))
                .containsExactlyInAnyOrder(
                        "zone",
                        "hours.MONDAY",
                        "hours.TUESDAY",
                        "holidays[0].date",
                        "holidays[1].kind",
                        "holidays[1].name");
        assertThat(calendars.ofTenant(tenant.id()).isBusinessDay(LocalDate.parse("2026-12-26")))
                .isTrue();
    }

    @Test
    void aCalendarWithoutWorkingHoursOrWithADateTwiceIsRefused() {
        Api.Response noHours = api.put(
                "/api/v1/sla/calendars/tenant",
                Map.of("zone", "Asia/Shanghai", "hours", Map.of(), "holidays", List.of()));
        Api.Response twice = api.put(
                "/api/v1/sla/calendars/tenant",
                Map.of(
                        "zone", "Asia/Shanghai",
                        "hours", Map.of("MONDAY", "09:00-18:00"),
                        "holidays",
                                List.of(
                                        Map.of("date", "2026-10-01", "name", "国庆节", "kind", "HOLIDAY"),
                                        Map.of("date", "2026-10-01", "name", "国庆节", "kind", "MAKE_UP_WORKDAY"))));

        assertThat(fields(noHours)).containsExactly("hours");
        assertThat(fields(twice)).containsExactly("holidays");
        assertThat(api.get("/api/v1/sla/calendars/tenant").json().get("saved").asBoolean())
                .isFalse();
    }

    @Test
    void onlyAdminsChangeCalendars() {
        UserView agent = fixtures.staff(tenant, Role.AGENT);

        assertThat(fixtures.api(agent)
                        .put("/api/v1/sla/calendars/tenant", SIX_DAYS)
                        .status())
                .isEqualTo(403);
        assertThat(fixtures.api(agent).get("/api/v1/sla/calendars/tenant").status())
                .isEqualTo(200);
    }

    @Test
    void aTeamHasItsOwnCalendarOrUsesTheTenants() {
        TeamView night = TenantScope.asSystem(() -> teams.create(tenant.id(), "Night shift", null));

        api.put(
                "/api/v1/sla/calendars/teams/" + night.id(),
                Map.of("zone", "Asia/Shanghai", "hours", Map.of("MONDAY", "18:00-24:00"), "holidays", List.of()));

        assertThat(calendars
                        .ofTeam(tenant.id(), night.id())
                        .weeklyHours()
                        .on(java.time.DayOfWeek.MONDAY)
                        .toString())
                .isEqualTo("18:00-24:00");
        assertThat(api.delete("/api/v1/sla/calendars/teams/" + night.id()).status())
                .isEqualTo(200);
        assertThat(calendars.ofTeam(tenant.id(), night.id())).isEqualTo(calendars.ofTenant(tenant.id()));
        assertThat(api.put("/api/v1/sla/calendars/teams/999999", SIX_DAYS).status())
                .isEqualTo(404);
    }

    @Test
    void chinas2026HolidaysAreOneClickAway() {
        api.put(
                "/api/v1/sla/calendars/tenant",
                Map.of(
                        "zone", "Asia/Shanghai",
                        "hours", Map.of("MONDAY", "09:00-18:00", "FRIDAY", "09:00-18:00"),
                        "holidays", List.of(Map.of("date", "2026-12-25", "name", "Company day", "kind", "HOLIDAY"))));

        JsonNode loaded =
                api.post("/api/v1/sla/calendars/china-holidays-2026", Map.of()).json();

        assertThat(loaded.get("calendar").get("holidays").size()).isEqualTo(40);
        BusinessCalendar calendar = calendars.ofTenant(tenant.id());
        assertThat(calendar.isBusinessDay(LocalDate.parse("2026-10-01"))).isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.parse("2026-10-10"))).isTrue(); // make-up Saturday
        assertThat(calendar.isBusinessDay(LocalDate.parse("2026-12-25"))).isFalse();
    }

    @Test
    void onlyYearsLoopdeskHasDataForAreOneClickAway() {
        int after = PublicHolidays.shipped().years(PublicHolidays.CHINA).last() + 1;

        Api.Response unknown = api.post("/api/v1/sla/calendars/china-holidays-" + after, Map.of());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.text("detail")).contains(String.valueOf(after), "import");
        assertThat(api.get("/api/v1/sla/calendars/tenant").json().get("saved").asBoolean())
                .isFalse();
    }

    @Test
    void anAdminImportsAYearFromACsvOrICalendarFileIntoATeamsCalendar() {
        TeamView night = TenantScope.asSystem(() -> teams.create(tenant.id(), "Night shift", null));
        // a company's own days, made up for the test
        byte[] csv = "date,name,kind\n2030-12-24,年会,HOLIDAY\n2030-12-26,年会补班,MAKE_UP_WORKDAY\n"
                .getBytes(StandardCharsets.UTF_8);
        byte[] ics = ("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nSUMMARY:Founders' days\r\nDTSTART;VALUE=DATE:20301230\r\n"
                        + "DTEND;VALUE=DATE:20310101\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
                .getBytes(StandardCharsets.UTF_8);

        Api.Response fromCsv = api.postText("/api/v1/sla/calendars/holidays?teamId=" + night.id(), "text/csv", csv);
        Api.Response fromIcs = api.multipart(
                "/api/v1/sla/calendars/holidays?teamId=" + night.id(),
                Map.of(),
                List.of(new Api.FilePart("file", "company.ics", "text/calendar", ics)));

        assertThat(fromCsv.status()).isEqualTo(200);
        assertThat(fromCsv.get("year").asInt()).isEqualTo(2030);
        assertThat(fromCsv.get("days").asInt()).isEqualTo(2);
        assertThat(fromIcs.get("days").asInt()).isEqualTo(2);
        BusinessCalendar calendar = calendars.ofTeam(tenant.id(), night.id());
        assertThat(calendar.isBusinessDay(LocalDate.parse("2030-12-24"))).isFalse();
        assertThat(calendar.isBusinessDay(LocalDate.parse("2030-12-31"))).isFalse();
        assertThat(calendar.holidays().on(LocalDate.parse("2026-10-01")))
                .as("the tenant's China holidays the team inherited stay")
                .isPresent();
        assertThat(calendars.ofTenant(tenant.id()).holidays().on(LocalDate.parse("2030-12-24")))
                .isEmpty();
    }

    @Test
    void aFileWithAWrongLineIsRefusedWholeNamingEachLine() {
        byte[] csv = "2030-01-01,元旦,HOLIDAY\n2030-02-30,春节,HOLIDAY\n2030-10-01,国庆节,OFF DAY\n"
                .getBytes(StandardCharsets.UTF_8);

        Api.Response refused = api.postText("/api/v1/sla/calendars/holidays", "text/csv", csv);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(fields(refused)).containsExactly("line 2", "line 3");
        assertThat(api.get("/api/v1/sla/calendars/tenant").json().get("saved").asBoolean())
                .isFalse();
        assertThat(fixtures.api(fixtures.staff(tenant, Role.AGENT))
                        .postText("/api/v1/sla/calendars/holidays", "text/csv", csv)
                        .status())
                .as("only admins import")
                .isEqualTo(403);
    }

    @Test
    void thePageImportsAFileOrListsEveryWrongLineInTheReadersLanguage() {
        WebSession browser = WebSession.signedIn(fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD, "zh-CN");
        browser.get("/admin/calendars");

        WebSession.Page refused = browser.upload(
                "/admin/calendars/holidays",
                new Api.FilePart(
                        "file",
                        "2030.csv",
                        "text/csv",
                        "2030-01-01,元旦,HOLIDAY\n2030-13-01,元旦,HOLIDAY\n2030-01-02,元旦,SOMETIMES\n"
                                .getBytes(StandardCharsets.UTF_8)));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select("#import-errors li").eachText())
                .containsExactly(
                        "第 2 行：“2030-13-01”不是日期，请写成 2027-10-01 的形式。",
                        "第 3 行：请写 HOLIDAY 或 MAKE_UP_WORKDAY，而不是“SOMETIMES”。");
        assertThat(calendars.get(tenant.id(), null, Fixtures.actor(admin)).saved())
                .isFalse();

        WebSession.Page imported = browser.upload(
                "/admin/calendars/holidays",
                new Api.FilePart(
                        "file", "2030.csv", "text/csv", "2030-01-01,元旦,HOLIDAY\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(imported.html().select(".alert.ok").text()).isEqualTo("已从文件加入 2030 年的 1 个节假日与调休上班日。");
        assertThat(imported.html().select("#holidays").text()).contains("2030-01-01 HOLIDAY 元旦");
    }

    @Test
    void thePageShowsEachWrongFieldAndKeepsWhatWasTyped() {
        WebSession browser = WebSession.signedIn(fixtures.baseUrl(), admin.username(), Fixtures.PASSWORD, "en");
        browser.get("/admin/calendars");

        WebSession.Page refused = browser.post(
                "/admin/calendars",
                Map.of(
                        "zone", "Asia/Shanghai",
                        "hours.MONDAY", "09:00-13:00, 12:00-18:00",
                        "hours.TUESDAY", "09:00-18:00",
                        "holidays", "2026-13-01 HOLIDAY Nowhere"));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.html().select("#hours-MONDAY").attr("value")).isEqualTo("09:00-13:00, 12:00-18:00");
        assertThat(refused.html().select(".field.invalid").text())
                .contains("Not valid working hours")
                .contains("#1: Not a date");
        assertThat(calendars.get(tenant.id(), null, Fixtures.actor(admin)).saved())
                .isFalse();

        WebSession.Page saved = browser.post(
                "/admin/calendars",
                Map.of(
                        "zone", "Asia/Shanghai",
                        "hours.MONDAY", "09:00-12:00, 13:00-18:00",
                        "holidays", "2026-10-01 HOLIDAY 国庆节"));
        assertThat(saved.html().select(".alert.ok").text()).contains("saved");
        assertThat(calendars.ofTenant(tenant.id()).isBusinessDay(LocalDate.parse("2026-10-01")))
                .isFalse();

        WebSession.Page loaded = browser.post("/admin/calendars/china-holidays-2026", Map.of());
        assertThat(loaded.html().select("#holidays").text()).contains("2026-02-14 MAKE_UP_WORKDAY 春节");
    }

    private static List<String> fields(Api.Response response) {
        return StreamSupport.stream(response.get("errors").spliterator(), false)
                .map(e -> e.get("field").asString())
                .toList();
    }
}
