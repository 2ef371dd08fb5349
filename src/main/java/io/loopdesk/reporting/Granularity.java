package io.loopdesk.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How a report's period is cut: days, ISO weeks (Monday first), months, quarters — in the tenant's time zone. */
public enum Granularity {
    DAY,
    WEEK,
    MONTH,
    QUARTER;

    /** The first day of the bucket {@code day} falls in. */
    public LocalDate start(LocalDate day) {
        return switch (this) {
            case DAY -> day;
            case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> day.withDayOfMonth(1);
            case QUARTER -> day.withDayOfMonth(1).withMonth((day.getMonthValue() - 1) / 3 * 3 + 1);
        };
    }

    /** The first day of the next bucket after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
        };
    }

    public String param() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Granularity> ofParam(String value) {
        return Arrays.stream(values()).filter(g -> g.param().equals(value)).findFirst();
    }
}
