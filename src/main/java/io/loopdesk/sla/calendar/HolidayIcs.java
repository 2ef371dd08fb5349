package io.loopdesk.sla.calendar;

import io.loopdesk.shared.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The iCalendar ({@code .ics}) form of a holiday file, as public holiday calendars publish it: each all-day
 * {@code VEVENT} is one or more days ({@code DTSTART} to {@code DTEND}, which is excluded), named by its
 * {@code SUMMARY}. An event whose summary says the day is worked ({@code 补班}, {@code 上班}, "workday", "working
 * day", "make-up") or whose {@code CATEGORIES} include {@code MAKE_UP_WORKDAY} is a make-up working day, any other a
 * holiday. Repeating events are refused: a year's days are listed one by one.
 */
final class HolidayIcs {

    /** The longest event taken as a run of days off. */
    static final int MAX_DAYS = 31;

    private static final DateTimeFormatter BASIC_DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final Pattern WORKED =
            Pattern.compile("补班|上班|workday|working day|make-up", Pattern.CASE_INSENSITIVE);

    /** One property of an event, after unfolding, and the line it starts on. */
    private record Property(int line, String value) {}

    private HolidayIcs() {}

    /** Whether the text is an iCalendar document rather than CSV. */
    static boolean isCalendar(String text) {
        return text.stripLeading().toUpperCase(Locale.ROOT).startsWith("BEGIN:VCALENDAR");
    }

    /** The days the calendar's events cover; what is wrong goes to {@code problems}, by line. */
    static List<HolidayLine> read(String text, List<FieldProblem> problems) {
        List<HolidayLine> days = new ArrayList<>();
        Deque<String> components = new ArrayDeque<>();
        Map<String, Property> event = new HashMap<>();
        int eventLine = 0;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            StringBuilder unfolded = new StringBuilder(lines[i]);
            while (i + 1 < lines.length && (lines[i + 1].startsWith(" ") || lines[i + 1].startsWith("\t"))) {
                unfolded.append(lines[++i].substring(1));
            }
            String line = unfolded.toString();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).toUpperCase(Locale.ROOT);
            String value = line.substring(colon + 1);
            if (name.equals("BEGIN")) {
                components.push(value.strip().toUpperCase(Locale.ROOT));
                if (value.strip().equalsIgnoreCase("VEVENT")) {
                    event.clear();
                    eventLine = number;
                }
            } else if (name.equals("END")) {
                if (value.strip().equalsIgnoreCase("VEVENT") && "VEVENT".equals(components.peek())) {
                    days.addAll(daysOf(eventLine, event, problems));
                }
                if (!components.isEmpty()) {
                    components.pop();
                }
            } else if ("VEVENT".equals(components.peek())) {
                int semicolon = name.indexOf(';');
                event.putIfAbsent(semicolon < 0 ? name : name.substring(0, semicolon), new Property(number, value));
            }
        }
        return days;
    }

    private static List<HolidayLine> daysOf(int eventLine, Map<String, Property> event, List<FieldProblem> problems) {
        if (event.containsKey("RRULE")) {
            problems.add(HolidayLine.problem(
                    event.get("RRULE").line(),
                    "sla.holidays.line.repeating",
                    "repeating events are not taken: list each year's days."));
            return List.of();
        }
        Property start = event.get("DTSTART");
        if (start == null) {
            problems.add(
                    HolidayLine.problem(eventLine, "sla.holidays.line.date", "'' is not a date like 2027-10-01.", ""));
            return List.of();
        }
        int before = problems.size();
        LocalDate first = date(start, problems);
        Property end = event.get("DTEND");
        LocalDate last = first == null || end == null ? first : date(end, problems);
        String name = unescape(event.getOrDefault("SUMMARY", new Property(eventLine, ""))
                        .value())
                .strip();
        HolidayLine.checkName(eventLine, name, problems);
        if (first != null && last != null && end != null) {
            long length = ChronoUnit.DAYS.between(first, last);
            if (length < 1 || length > MAX_DAYS) {
                problems.add(HolidayLine.problem(
                        end.line(),
                        "sla.holidays.line.range",
                        "an event must last 1 to " + MAX_DAYS + " whole days.",
                        MAX_DAYS));
            }
            last = last.minusDays(1);
        }
        if (problems.size() > before) {
            return List.of();
        }
        SpecialDay.Kind kind = kind(event, name);
        List<HolidayLine> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(new HolidayLine(start.line(), new SpecialDay(day, name, kind)));
        }
        return days;
    }

    private static @Nullable LocalDate date(Property property, List<FieldProblem> problems) {
        String value = property.value().strip();
        try {
            return LocalDate.parse(value.length() >= 8 ? value.substring(0, 8) : value, BASIC_DATE);
        } catch (DateTimeParseException e) {
            problems.add(HolidayLine.problem(
                    property.line(),
                    "sla.holidays.line.date",
                    "'" + value + "' is not a date like 2027-10-01.",
                    value));
            return null;
        }
    }

    /** Worked if the summary says so or a category is {@code MAKE_UP_WORKDAY}: feeds file both under HOLIDAY. */
    private static SpecialDay.Kind kind(Map<String, Property> event, String name) {
        boolean worked = WORKED.matcher(name).find()
                || event.containsKey("CATEGORIES")
                        && Arrays.stream(event.get("CATEGORIES").value().split(","))
                                .anyMatch(c -> SpecialDay.Kind.read(c).orElse(null) == SpecialDay.Kind.MAKE_UP_WORKDAY);
        return worked ? SpecialDay.Kind.MAKE_UP_WORKDAY : SpecialDay.Kind.HOLIDAY;
    }

    /** A text value with RFC 5545's escapes undone. */
    private static String unescape(String value) {
        return value.replace("\\n", " ")
                .replace("\\N", " ")
                .replace("\\,", ",")
                .replace("\\;", ";")
                .replace("\\\\", "\\");
    }
}
