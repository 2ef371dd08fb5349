package io.loopdesk.sla.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.sla.calendar.CalendarDraft;
import io.loopdesk.sla.calendar.Calendars;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant admin's calendars page ({@code /admin/calendars}): the tenant's calendar and each team's, edited one
 * at a time (holidays a year at a time: {@link HolidayPageController}). A refused save shows every wrong field and
 * keeps what was typed.
 */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class CalendarPageController {

    private final Calendars calendars;
    private final CalendarPage page;
    private final FieldMessages fieldMessages;

    CalendarPageController(Calendars calendars, CalendarPage page, FieldMessages fieldMessages) {
        this.calendars = calendars;
        this.page = page;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/admin/calendars")
    String show(@RequestParam(required = false) @Nullable Long team, Actor actor, Model model) {
        return page.render(team, actor, model);
    }

    @PostMapping("/admin/calendars")
    String save(
            @RequestParam(required = false) @Nullable Long team,
            @RequestParam(defaultValue = "") String zone,
            @RequestParam Map<String, String> form,
            @RequestParam(defaultValue = "") String holidays,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, form.getOrDefault("hours." + day, ""));
        }
        CalendarDraft draft = new CalendarDraft(zone, hours, HolidayLines.parse(holidays));
        try {
            calendars.save(actor.tenantId(), team, draft, actor);
            return CalendarPage.done(team, "sla.calendar.saved", redirect);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            return page.render(
                    calendars.get(actor.tenantId(), team, actor), draft, errors(e.problems()), List.of(), actor, model);
        }
    }

    @PostMapping("/admin/calendars/reset")
    String reset(@RequestParam(required = false) @Nullable Long team, Actor actor, RedirectAttributes redirect) {
        calendars.reset(actor.tenantId(), team, actor);
        return CalendarPage.done(team, "sla.calendar.reset", redirect);
    }

    /** Field messages; every holiday line's problem is gathered under the holidays box with its line number. */
    private Map<String, String> errors(List<FieldProblem> problems) {
        Map<String, String> byField = new LinkedHashMap<>(fieldMessages.of(
                problems.stream().filter(p -> !p.field().startsWith("holidays")).toList()));
        List<String> holidayErrors = problems.stream()
                .filter(p -> p.field().startsWith("holidays"))
                .map(p -> lineOf(p.field()) + fieldMessages.of(List.of(p)).get(p.field()))
                .toList();
        if (!holidayErrors.isEmpty()) {
            byField.put("holidays", String.join(" ", holidayErrors));
        }
        return byField;
    }

    private static String lineOf(String field) {
        int open = field.indexOf('[');
        int close = field.indexOf(']');
        return open < 0 || close < 0 ? "" : "#" + (Integer.parseInt(field.substring(open + 1, close)) + 1) + ": ";
    }
}
