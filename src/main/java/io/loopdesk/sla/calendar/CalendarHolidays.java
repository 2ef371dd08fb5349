package io.loopdesk.sla.calendar;

import io.loopdesk.identity.Actor;
import io.loopdesk.sla.SlaAccess;
import io.loopdesk.sla.SlaNotFoundException;
import io.loopdesk.sla.SlaValidationException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Holidays added to a calendar a year at a time: China's from Loopdesk's data ({@link PublicHolidays}), or any
 * country's or company's from a file a tenant admin imports ({@link HolidayYear}: CSV or iCalendar). Either way the
 * year's days are added to the calendar in effect, a date the calendar lists already takes the new entry, the other
 * entries stay, and the calendar is saved (and audited) like any other change.
 */
@Service
public class CalendarHolidays {

    private final Calendars calendars;
    private final PublicHolidays publicHolidays;
    private final SlaAccess access;

    CalendarHolidays(Calendars calendars, PublicHolidays publicHolidays, SlaAccess access) {
        this.calendars = calendars;
        this.publicHolidays = publicHolidays;
        this.access = access;
    }

    /** The years Loopdesk has China's holidays for. */
    public SortedSet<Integer> chinaYears() {
        return publicHolidays.years(PublicHolidays.CHINA);
    }

    /**
     * Adds China's public holidays and make-up working days of {@code year} to the tenant's calendar
     * ({@code teamId} null) or a team's.
     *
     * @throws SlaNotFoundException if Loopdesk has no data for that year
     */
    public CalendarView addChina(long tenantId, @Nullable Long teamId, int year, Actor actor) {
        return access.changing(tenantId, actor, () -> {
            HolidaySchedule days = publicHolidays
                    .year(PublicHolidays.CHINA, year)
                    .orElseThrow(() -> new SlaNotFoundException(
                            "error.sla.holidays.unknownYear",
                            "Loopdesk has no data on China's holidays of " + year + " (it has " + chinaYears()
                                    + "): import the year from a file instead.",
                            String.valueOf(year),
                            String.valueOf(chinaYears())));
            return add(tenantId, teamId, days, actor);
        });
    }

    /**
     * Adds the year a holiday file lists (CSV: {@code date,name,kind} per line; or iCalendar) to the tenant's
     * calendar ({@code teamId} null) or a team's.
     *
     * @throws SlaValidationException naming each line at fault; nothing is saved then
     */
    public ImportedHolidays importYear(long tenantId, @Nullable Long teamId, InputStream file, Actor actor) {
        return access.changing(tenantId, actor, () -> {
            HolidayYear year = HolidayYear.read(file);
            CalendarView saved = add(tenantId, teamId, year.schedule(), actor);
            return new ImportedHolidays(year.year(), year.schedule().days().size(), saved);
        });
    }

    private CalendarView add(long tenantId, @Nullable Long teamId, HolidaySchedule days, Actor actor) {
        BusinessCalendar current = calendars.inEffect(tenantId, teamId);
        List<SpecialDay> merged = new ArrayList<>(days.days());
        current.holidays().days().stream()
                .filter(day -> days.on(day.date()).isEmpty())
                .forEach(merged::add);
        BusinessCalendar withDays =
                new BusinessCalendar(current.zone(), current.weeklyHours(), HolidaySchedule.of(merged));
        return calendars.save(tenantId, teamId, CalendarDraft.of(withDays), actor);
    }
}
