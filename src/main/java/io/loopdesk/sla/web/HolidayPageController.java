package io.loopdesk.sla.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.sla.calendar.CalendarHolidays;
import io.loopdesk.sla.calendar.CalendarView;
import io.loopdesk.sla.calendar.Calendars;
import io.loopdesk.sla.calendar.ImportedHolidays;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Holidays added to a calendar from the calendars page, a year at a time: China's of any year Loopdesk has data for,
 * or a year from a CSV or iCalendar file. A refused file lists every wrong line and changes nothing.
 */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class HolidayPageController {

    private final CalendarHolidays holidays;
    private final Calendars calendars;
    private final CalendarPage page;

    HolidayPageController(CalendarHolidays holidays, Calendars calendars, CalendarPage page) {
        this.holidays = holidays;
        this.calendars = calendars;
        this.page = page;
    }

    @PostMapping("/admin/calendars/china-holidays-{year}")
    String addChina(
            @PathVariable int year,
            @RequestParam(required = false) @Nullable Long team,
            Actor actor,
            RedirectAttributes redirect) {
        holidays.addChina(actor.tenantId(), team, year, actor);
        redirect.addFlashAttribute("noticeYear", String.valueOf(year));
        return CalendarPage.done(team, "sla.calendar.holidaysLoaded", redirect);
    }

    @PostMapping("/admin/calendars/holidays")
    String importYear(
            @RequestParam(required = false) @Nullable Long team,
            @RequestParam("file") MultipartFile file,
            Actor actor,
            Model model,
            RedirectAttributes redirect)
            throws IOException {
        try (InputStream in = file.getInputStream()) {
            ImportedHolidays imported = holidays.importYear(actor.tenantId(), team, in, actor);
            redirect.addFlashAttribute("noticeYear", String.valueOf(imported.year()));
            redirect.addFlashAttribute("noticeDays", imported.days());
            return CalendarPage.done(team, "sla.holidays.imported", redirect);
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID) {
                throw e;
            }
            CalendarView current = calendars.get(actor.tenantId(), team, actor);
            return page.render(current, current.calendar(), Map.of(), page.messagesOf(e.problems()), actor, model);
        }
    }
}
