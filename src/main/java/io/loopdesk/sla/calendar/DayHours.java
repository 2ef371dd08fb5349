package io.loopdesk.sla.calendar;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The working intervals of one day, in order: none for a day off, one for 09:00–18:00, two for a day with a lunch
 * break. Intervals never overlap; touching ones (09:00–12:00 and 12:00–18:00) are allowed and behave as one.
 *
 * @param intervals in any order; kept sorted by start
 */
public record DayHours(List<WorkingInterval> intervals) {

    /** A day off. */
    public static final DayHours CLOSED = new DayHours(List.of());

    public DayHours {
        List<WorkingInterval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparing(WorkingInterval::start));
        for (int i = 1; i < sorted.size(); i++) {
            WorkingInterval before = sorted.get(i - 1);
            WorkingInterval after = sorted.get(i);
            if (before.endNanoOfDay() > after.start().toNanoOfDay()) {
                throw new InvalidCalendarException(
                        "error.sla.calendar.interval.overlap",
                        "Working intervals " + before + " and " + after + " overlap",
                        before.toString(),
                        after.toString());
            }
        }
        intervals = List.copyOf(sorted);
    }

    /** The day with these intervals. */
    public static DayHours of(WorkingInterval... intervals) {
        return new DayHours(Arrays.asList(intervals));
    }

    /** Reads {@code 09:00-12:00, 13:00-18:00}; an empty text or {@code closed} is a day off. */
    public static DayHours parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.equalsIgnoreCase("closed")) {
            return CLOSED;
        }
        return new DayHours(Arrays.stream(trimmed.split("[,;，]"))
                .map(WorkingInterval::parse)
                .toList());
    }

    /** Whether this is a day off. */
    public boolean isClosed() {
        return intervals.isEmpty();
    }

    /** The working time by the wall clock; on a day when clocks change the real time may differ by the change. */
    public Duration length() {
        return intervals.stream().map(WorkingInterval::length).reduce(Duration.ZERO, Duration::plus);
    }

    /** {@code 09:00-12:00, 13:00-18:00}, or {@code closed}: what {@link #parse} reads. */
    @Override
    public String toString() {
        return isClosed()
                ? "closed"
                : intervals.stream().map(WorkingInterval::toString).collect(Collectors.joining(", "));
    }
}
