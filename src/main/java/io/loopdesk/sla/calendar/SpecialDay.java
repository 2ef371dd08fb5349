package io.loopdesk.sla.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A date that breaks the weekly pattern: a holiday, off even on a working weekday, or a make-up working day (调休),
 * a weekend day worked to make a holiday longer. One row of what a tenant admin edits.
 *
 * @param name what people call it, e.g. {@code 国庆节}; a make-up day carries the name of the holiday it pays for
 */
public record SpecialDay(LocalDate date, String name, Kind kind) {

    /** Whether the date is off or worked. */
    public enum Kind {
        /** Off, whatever the weekly hours say. */
        HOLIDAY,
        /** Worked with the hours of a usual working day ({@link WeeklyHours#usualWorkingDay()}). */
        MAKE_UP_WORKDAY;

        /**
         * The kind an admin wrote: {@code HOLIDAY} or {@code MAKE_UP_WORKDAY}, in any case, or the short forms
         * {@code OFF}, {@code WORKDAY} and {@code MAKE-UP}; empty for anything else.
         */
        static Optional<Kind> read(@Nullable String text) {
            if (text == null) {
                return Optional.empty();
            }
            return switch (text.strip().toUpperCase(Locale.ROOT)) {
                case "HOLIDAY", "OFF" -> Optional.of(HOLIDAY);
                case "MAKE_UP_WORKDAY", "WORKDAY", "MAKE-UP" -> Optional.of(MAKE_UP_WORKDAY);
                default -> Optional.empty();
            };
        }
    }

    public SpecialDay {
        name = name.strip();
        if (name.isEmpty()) {
            throw new InvalidCalendarException(
                    "error.sla.calendar.day.unnamed",
                    "The holiday or make-up day on " + date + " needs a name",
                    date.toString());
        }
    }

    /** A day off named {@code name}. */
    public static SpecialDay holiday(LocalDate date, String name) {
        return new SpecialDay(date, name, Kind.HOLIDAY);
    }

    /** A worked weekend day that pays for the holiday {@code name}. */
    public static SpecialDay makeUpWorkday(LocalDate date, String name) {
        return new SpecialDay(date, name, Kind.MAKE_UP_WORKDAY);
    }
}
