package io.loopdesk.sla.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.sla.calendar.CalendarDraft;
import io.loopdesk.sla.calendar.CalendarView;
import io.loopdesk.sla.calendar.Calendars;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Business calendars under {@code /api/v1/sla/calendars}: the tenant's and each team's. */
@RestController
@RequestMapping("/api/v1/sla/calendars")
@Tag(
        name = "SLA calendars",
        description = "Working hours, holidays and make-up working days of the tenant and its teams")
class CalendarApiController {

    private final Calendars calendars;
    private final TenantParameter tenants;

    CalendarApiController(Calendars calendars, TenantParameter tenants) {
        this.calendars = calendars;
        this.tenants = tenants;
    }

    @GetMapping
    @Operation(summary = "The tenant's calendar and every team's (saved or inherited)")
    List<CalendarView> list(@RequestParam(required = false) @Nullable String tenant, Actor actor) {
        return calendars.list(tenants.resolve(tenant, actor), actor);
    }

    @GetMapping("/tenant")
    @Operation(summary = "The tenant's calendar")
    CalendarView tenantCalendar(@RequestParam(required = false) @Nullable String tenant, Actor actor) {
        return calendars.get(tenants.resolve(tenant, actor), null, actor);
    }

    @PutMapping("/tenant")
    @Operation(
            summary = "Save the tenant's calendar (tenant admins)",
            description = "zone, hours per day (MONDAY: \"09:00-12:00, 13:00-18:00\", a missing day is closed) and "
                    + "holidays ({date, name, kind: HOLIDAY or MAKE_UP_WORKDAY}). Every wrong field is listed.")
    CalendarView saveTenantCalendar(
            @RequestParam(required = false) @Nullable String tenant, @RequestBody CalendarDraft draft, Actor actor) {
        return calendars.save(tenants.resolve(tenant, actor), null, draft, actor);
    }

    @DeleteMapping("/tenant")
    @Operation(summary = "Forget the saved tenant calendar: the plan's default applies again")
    CalendarView resetTenantCalendar(@RequestParam(required = false) @Nullable String tenant, Actor actor) {
        return calendars.reset(tenants.resolve(tenant, actor), null, actor);
    }

    @GetMapping("/teams/{teamId}")
    @Operation(summary = "A team's calendar")
    CalendarView teamCalendar(
            @PathVariable long teamId, @RequestParam(required = false) @Nullable String tenant, Actor actor) {
        return calendars.get(tenants.resolve(tenant, actor), teamId, actor);
    }

    @PutMapping("/teams/{teamId}")
    @Operation(summary = "Save a team's own calendar (tenant admins)")
    CalendarView saveTeamCalendar(
            @PathVariable long teamId,
            @RequestParam(required = false) @Nullable String tenant,
            @RequestBody CalendarDraft draft,
            Actor actor) {
        return calendars.save(tenants.resolve(tenant, actor), teamId, draft, actor);
    }

    @DeleteMapping("/teams/{teamId}")
    @Operation(summary = "Forget a team's calendar: the team works to the tenant's again")
    CalendarView resetTeamCalendar(
            @PathVariable long teamId, @RequestParam(required = false) @Nullable String tenant, Actor actor) {
        return calendars.reset(tenants.resolve(tenant, actor), teamId, actor);
    }
}
