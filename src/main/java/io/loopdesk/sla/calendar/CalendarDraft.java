package io.loopdesk.sla.calendar;

import io.loopdesk.shared.FieldProblem;
import io.loopdesk.sla.SlaValidationException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A business calendar as an admin typed it, every value still text, so each mistake can be reported on its own
 * field: {@code hours.MONDAY} for overlapping intervals, {@code holidays[3].date} for a date that does not exist.
 *
 * @param zone a time-zone id such as {@code Asia/Shanghai}
 * @param hours each day's working intervals, {@code 09:00-12:00, 13:00-18:00}; a missing or blank day is closed
 * @param holidays the holidays and make-up working days
 */
public record CalendarDraft(@Nullable String zone, Map<DayOfWeek, String> hours, List<Day> holidays) {

    /** A holiday's name as the calendar stores it. */
    static final int MAX_NAME = 100;

    /**
     * One special day as typed.
     *
     * @param kind {@code HOLIDAY} or {@code MAKE_UP_WORKDAY} (also {@code holiday} / {@code workday})
     */
    public record Day(
            @Nullable String date,
            @Nullable String name,
            @Nullable String kind) {}

    public CalendarDraft {
        hours = hours == null ? Map.of() : Map.copyOf(hours);
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
    }

    /** The draft of a calendar, to show in a form. */
    public static CalendarDraft of(BusinessCalendar calendar) {
        Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
        calendar.weeklyHours().days().forEach((day, dayHours) -> hours.put(day, dayHours.toString()));
        List<Day> days = calendar.holidays().days().stream()
                .map(d -> new Day(d.date().toString(), d.name(), d.kind().name()))
                .toList();
        return new CalendarDraft(calendar.zone().getId(), hours, days);
    }

    /**
     * The calendar this draft describes.
     *
     * @throws SlaValidationException listing every field that is wrong
     */
    public BusinessCalendar toCalendar() {
        List<FieldProblem> problems = new ArrayList<>();
        ZoneId zoneId = zone(problems);
        WeeklyHours weekly = weeklyHours(problems);
        HolidaySchedule schedule = schedule(problems);
        if (weekly != null && weekly.usualWorkingDay().isClosed() && problems.isEmpty()) {
            problems.add(new FieldProblem(
                    "hours",
                    "sla.calendar.hours.none",
                    "Give at least one day working hours: the desk is never open."));
        }
        if (!problems.isEmpty()) {
            throw new SlaValidationException(problems);
        }
        return new BusinessCalendar(zoneId, weekly, schedule);
    }

    private @Nullable ZoneId zone(List<FieldProblem> problems) {
        if (zone == null || zone.isBlank()) {
            problems.add(
                    new FieldProblem("zone", "sla.calendar.zone.required", "Give the time zone, e.g. Asia/Shanghai."));
            return null;
        }
        try {
            return ZoneId.of(zone.strip());
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(
                    "zone",
                    "sla.calendar.zone.unknown",
                    "Unknown time zone '" + zone + "'; use e.g. Asia/Shanghai.",
                    List.of(zone)));
            return null;
        }
    }

    private @Nullable WeeklyHours weeklyHours(List<FieldProblem> problems) {
        WeeklyHours weekly = WeeklyHours.closed();
        int before = problems.size();
        for (DayOfWeek day : DayOfWeek.values()) {
            String text = hours.get(day);
            try {
                weekly = weekly.with(day, DayHours.parse(text == null ? "" : text));
            } catch (InvalidCalendarException e) {
                problems.add(new FieldProblem(
                        "hours." + day,
                        "sla.calendar.hours.invalid",
                        day + ": " + e.getMessage(),
                        List.of(String.valueOf(text))));
            }
        }
        return problems.size() == before ? weekly : null;
    }

    private HolidaySchedule schedule(List<FieldProblem> problems) {
        List<SpecialDay> days = new ArrayList<>();
        for (int i = 0; i < holidays.size(); i++) {
            Day day = holidays.get(i);
            String field = "holidays[" + i + "]";
            LocalDate date = null;
            try {
                date = LocalDate.parse(day.date() == null ? "" : day.date().strip());
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(
                        field + ".date",
                        "sla.calendar.holiday.date",
                        "'" + day.date() + "' is not a date like 2026-10-01.",
                        List.of(String.valueOf(day.date()))));
            }
            SpecialDay.Kind kind = SpecialDay.Kind.read(day.kind()).orElse(null);
            if (kind == null) {
                problems.add(new FieldProblem(
                        field + ".kind",
                        "sla.calendar.holiday.kind",
                        "Kind must be HOLIDAY or MAKE_UP_WORKDAY, not '" + day.kind() + "'.",
                        List.of(String.valueOf(day.kind()))));
            }
            if (day.name() == null || day.name().isBlank()) {
                problems.add(
                        new FieldProblem(field + ".name", "sla.calendar.holiday.name", "Give the holiday a name."));
            } else if (day.name().length() > MAX_NAME) {
                problems.add(new FieldProblem(
                        field + ".name",
                        "sla.calendar.holiday.name.too-long",
                        "A holiday's name has at most " + MAX_NAME + " characters.",
                        List.of(MAX_NAME)));
            } else if (date != null && kind != null) {
                days.add(new SpecialDay(date, day.name(), kind));
            }
        }
        try {
            return HolidaySchedule.of(days);
        } catch (InvalidCalendarException e) {
            problems.add(new FieldProblem("holidays", "sla.calendar.holiday.twice", e.getMessage()));
            return HolidaySchedule.NONE;
        }
    }
}
