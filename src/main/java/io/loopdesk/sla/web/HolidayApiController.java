package io.loopdesk.sla.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.sla.calendar.CalendarHolidays;
import io.loopdesk.sla.calendar.CalendarView;
import io.loopdesk.sla.calendar.ImportedHolidays;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Holidays added to a calendar a year at a time, under {@code /api/v1/sla/calendars}. */
@RestController
@RequestMapping("/api/v1/sla/calendars")
@Tag(name = "SLA calendars")
class HolidayApiController {

    private final CalendarHolidays holidays;
    private final TenantParameter tenants;

    HolidayApiController(CalendarHolidays holidays, TenantParameter tenants) {
        this.holidays = holidays;
        this.tenants = tenants;
    }

    @PostMapping("/china-holidays-{year}")
    @Operation(
            summary = "Add China's public holidays and make-up working days of a year (tenant admins)",
            description = "Any year Loopdesk has data for (404 otherwise), e.g. /china-holidays-2026. To the tenant's"
                    + " calendar, or a team's with teamId. Official entries replace the same dates; others stay.")
    CalendarView addChina(
            @PathVariable int year,
            @Parameter(description = "A team; the tenant's calendar when absent")
                    @RequestParam(required = false)
                    @Nullable
                    Long teamId,
            @RequestParam(required = false) @Nullable String tenant,
            Actor actor) {
        return holidays.addChina(tenants.resolve(tenant, actor), teamId, year, actor);
    }

    @PostMapping(
            path = "/holidays",
            consumes = {"text/csv", "text/calendar", "text/plain", "application/octet-stream"})
    @Operation(
            summary = "Import a year of holidays and make-up working days (tenant admins)",
            description = "CSV, one day per line: date,name,HOLIDAY or MAKE_UP_WORKDAY (# comments and a header line"
                    + " skipped); or iCalendar (.ics), one all-day event per run of days. UTF-8 or GB18030, at most"
                    + " 1 MB, one year (days of the December before allowed). Added to the tenant's calendar, or a"
                    + " team's with teamId; the file's entries replace the same dates. Bad lines are listed as errors"
                    + " with field \"line N\" and nothing is saved.")
    ImportedHolidays importBody(
            InputStream body,
            @RequestParam(required = false) @Nullable Long teamId,
            @RequestParam(required = false) @Nullable String tenant,
            Actor actor) {
        return holidays.importYear(tenants.resolve(tenant, actor), teamId, body, actor);
    }

    @PostMapping(path = "/holidays", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Import a year of holidays from an uploaded file (part file)")
    ImportedHolidays importFile(
            @RequestPart("file") MultipartFile file,
            @RequestParam(required = false) @Nullable Long teamId,
            @RequestParam(required = false) @Nullable String tenant,
            Actor actor)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            return holidays.importYear(tenants.resolve(tenant, actor), teamId, in, actor);
        }
    }
}
