package io.loopdesk.sla.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The holidays and make-up working days of a calendar, at most one entry per date. A plain list of rows, so a
 * tenant admin can load a country's schedule ({@link PublicHolidays}) and edit it.
 */
public final class HolidaySchedule {

    /** No holidays: the weekly hours alone. */
    public static final HolidaySchedule NONE = new HolidaySchedule(new TreeMap<>());

    private final Map<LocalDate, SpecialDay> byDate;

    private HolidaySchedule(TreeMap<LocalDate, SpecialDay> byDate) {
        this.byDate = byDate;
    }

    /**
     * The schedule of these days.
     *
     * @throws InvalidCalendarException if a date appears twice, even as the same kind: an edit that was not meant
     */
    public static HolidaySchedule of(Collection<SpecialDay> days) {
        TreeMap<LocalDate, SpecialDay> byDate = new TreeMap<>();
        for (SpecialDay day : days) {
            SpecialDay earlier = byDate.putIfAbsent(day.date(), day);
            if (earlier != null) {
                throw new InvalidCalendarException(
                        "error.sla.calendar.day.twice",
                        day.date() + " is listed twice: " + earlier.name() + " and " + day.name(),
                        day.date().toString(),
                        earlier.name(),
                        day.name());
            }
        }
        return new HolidaySchedule(byDate);
    }

    /** The entry for a date, if the date is special. */
    public Optional<SpecialDay> on(LocalDate date) {
        return Optional.ofNullable(byDate.get(date));
    }

    /** Every entry, by date. */
    public List<SpecialDay> days() {
        return List.copyOf(byDate.values());
    }

    /** This schedule and {@code other} together, e.g. two years or a country's and the company's own days. */
    public HolidaySchedule and(HolidaySchedule other) {
        return of(Stream.concat(byDate.values().stream(), other.byDate.values().stream())
                .toList());
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof HolidaySchedule schedule && schedule.byDate.equals(byDate);
    }

    @Override
    public int hashCode() {
        return byDate.hashCode();
    }

    @Override
    public String toString() {
        return "HolidaySchedule" + byDate.values();
    }
}
