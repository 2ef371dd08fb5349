package io.loopdesk.sla.web;

import io.loopdesk.sla.calendar.CalendarDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The holidays box of the calendar page: one day per line, {@code 2026-10-01 HOLIDAY 国庆节} or
 * {@code 2026-10-10 MAKE_UP_WORKDAY 国庆节}. Blank lines and lines starting with {@code #} are skipped.
 */
final class HolidayLines {

    private HolidayLines() {}

    static List<CalendarDraft.Day> parse(String text) {
        List<CalendarDraft.Day> days = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            String[] parts = trimmed.split("\\s+", 3);
            days.add(new CalendarDraft.Day(
                    parts[0], parts.length > 2 ? parts[2] : null, parts.length > 1 ? parts[1] : null));
        }
        return days;
    }

    static String format(List<CalendarDraft.Day> days) {
        return days.stream()
                .map(day -> day.date() + " " + day.kind() + " " + day.name())
                .collect(Collectors.joining("\n"));
    }
}
