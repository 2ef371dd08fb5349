package io.loopdesk.sla.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.sla.calendar.CalendarDraft;
import io.loopdesk.sla.calendar.CalendarHolidays;
import io.loopdesk.sla.calendar.CalendarView;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.calendar.HolidayCoverage;
import io.loopdesk.sla.calendar.MissingHolidays;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the calendars page ({@code sla/calendars}) shows, for its controllers: the calendars, the one being edited (as
 * saved, or as typed with the errors), the years of China's holidays one click away, the warning when the coming
 * year's holidays are missing, and a refused import's lines.
 */
@Component
class CalendarPage {

    private final Calendars calendars;
    private final CalendarHolidays holidays;
    private final HolidayCoverage coverage;
    private final FieldMessages fieldMessages;
    private final MessageSource messages;

    CalendarPage(
            Calendars calendars,
            CalendarHolidays holidays,
            HolidayCoverage coverage,
            FieldMessages fieldMessages,
            MessageSource messages) {
        this.calendars = calendars;
        this.holidays = holidays;
        this.coverage = coverage;
        this.fieldMessages = fieldMessages;
        this.messages = messages;
    }

    /** The page with the calendar as saved. */
    String render(@Nullable Long team, Actor actor, Model model) {
        CalendarView current = calendars.get(actor.tenantId(), team, actor);
        return render(current, current.calendar(), Map.of(), List.of(), actor, model);
    }

    String render(
            CalendarView current,
            CalendarDraft shown,
            Map<String, String> errors,
            List<String> importErrors,
            Actor actor,
            Model model) {
        model.addAttribute("calendars", calendars.list(actor.tenantId(), actor));
        model.addAttribute("chinaYears", holidays.chinaYears());
        coverage.missing(actor.tenantId()).ifPresent(missing -> {
            model.addAttribute("missing", missing);
            model.addAttribute("missingYear", String.valueOf(missing.year()));
            model.addAttribute("missingCalendars", names(missing));
        });
        model.addAttribute("importErrors", importErrors);
        model.addAttribute("current", current);
        model.addAttribute("shown", shown);
        model.addAttribute("days", DayOfWeek.values());
        model.addAttribute("holidayText", HolidayLines.format(shown.holidays()));
        model.addAttribute("errors", errors);
        return "sla/calendars";
    }

    /** Each problem in the reader's language, in the order found (a file's lines each have their own). */
    List<String> messagesOf(List<FieldProblem> problems) {
        return problems.stream()
                .map(p -> fieldMessages.of(List.of(p)).get(p.field()))
                .toList();
    }

    /**
     * Back to the page of the same calendar, with a notice; the values it names go in the flash attributes
     * {@code noticeYear} and {@code noticeDays}.
     */
    static String done(@Nullable Long team, String notice, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/admin/calendars" + (team == null ? "" : "?team=" + team);
    }

    private String names(MissingHolidays missing) {
        List<String> names = new ArrayList<>();
        if (missing.tenantCalendar()) {
            names.add(messages.getMessage("sla.calendar.tenant", null, LocaleContextHolder.getLocale()));
        }
        names.addAll(missing.teams());
        return String.join(", ", names);
    }
}
