package io.loopdesk.sla.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;

/**
 * One stretch of a working day by the wall clock, from {@code start} (inclusive) to {@code end} (exclusive), e.g.
 * 09:00–18:00.
 *
 * <p>The end of the day is written {@link #END_OF_DAY} ({@link LocalTime#MIDNIGHT}, 00:00) and read as 24:00: an
 * end of 00:00 can only mean "until midnight", because an interval never runs backwards or past midnight. So
 * {@code 00:00–00:00} is the whole day and {@code 20:00–00:00} the evening; a night shift is two intervals on two
 * days. In text (see {@link #parse} and {@link #toString}) the end of the day is {@code 24:00}.
 *
 * @param start when work starts; any time of the day
 * @param end when work stops; after {@code start}, or {@link #END_OF_DAY}
 */
public record WorkingInterval(LocalTime start, LocalTime end) {

    /** The end of an interval that lasts until midnight: 24:00. */
    public static final LocalTime END_OF_DAY = LocalTime.MIDNIGHT;

    private static final long NANOS_PER_DAY = Duration.ofDays(1).toNanos();

    public WorkingInterval {
        if (!end.equals(END_OF_DAY) && !start.isBefore(end)) {
            throw new InvalidCalendarException(
                    "error.sla.calendar.interval.backwards",
                    "A working interval must end after it starts: " + start + "-" + end,
                    start + "-" + end);
        }
    }

    /** Reads {@code 09:00-18:00}; the end may be {@code 24:00} (or {@code 00:00}) for midnight. */
    public static WorkingInterval parse(String text) {
        String[] parts = text.strip().split("\\s*[-–]\\s*", -1);
        if (parts.length != 2) {
            throw unreadable(text);
        }
        try {
            LocalTime end = parts[1].equals("24:00") ? END_OF_DAY : LocalTime.parse(parts[1]);
            return new WorkingInterval(LocalTime.parse(parts[0]), end);
        } catch (DateTimeParseException e) {
            throw unreadable(text);
        }
    }

    private static InvalidCalendarException unreadable(String text) {
        return new InvalidCalendarException(
                "error.sla.calendar.interval.format",
                "A working interval reads like 09:00-18:00, not '" + text + "'",
                text);
    }

    /** Whether work goes on until midnight. */
    public boolean endsAtEndOfDay() {
        return end.equals(END_OF_DAY);
    }

    /** The length by the wall clock; on a day when clocks change the real time may differ by the change. */
    public Duration length() {
        return Duration.ofNanos(endNanoOfDay() - start.toNanoOfDay());
    }

    /** Nanoseconds from midnight to the end, the end of the day counted as 24:00. */
    long endNanoOfDay() {
        return endsAtEndOfDay() ? NANOS_PER_DAY : end.toNanoOfDay();
    }

    @Override
    public String toString() {
        return start + "-" + (endsAtEndOfDay() ? "24:00" : end.toString());
    }
}
