package io.loopdesk.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Optional;

/**
 * When a support desk works — weekly hours in a time zone, with holidays and make-up working days — and the
 * business-time arithmetic every SLA time rule is computed with.
 *
 * <p>Exact to the nanosecond. Working hours are half-open: open at 09:00:00 sharp, closed at 18:00:00 sharp. A day
 * is read by the wall clock in {@link #zone()}, and its working intervals are the real time between the first
 * moments the clock reads their start and their end: a 00:00–24:00 day lasts 23 hours when the clocks spring
 * forward and 25 when they fall back, an interval the clocks skip is not worked, and a repeated hour is counted once.
 * Nothing here throws on a skipped or repeated local time.
 *
 * <p>A date's hours ({@link #hoursOn}): none on a holiday; on a make-up working day those of a usual working day
 * ({@link WeeklyHours#usualWorkingDay()}, Monday's for the common weeks); otherwise those of its day of the week.
 *
 * <p>Searches forward ({@link #plus}, {@link #nextOpening}, {@link #nextBusinessDay}, {@link #plusBusinessDays})
 * walk day by day and give up after {@link #SEARCH_HORIZON} without working time, so a calendar with none fails
 * clearly instead of looping for ever.
 *
 * @param holidays holidays and make-up working days; {@link HolidaySchedule#NONE} for none
 */
public record BusinessCalendar(ZoneId zone, WeeklyHours weeklyHours, HolidaySchedule holidays) {

    /** How long a search goes on without finding working time before it gives up. */
    public static final Period SEARCH_HORIZON = Period.ofYears(10);

    /** A calendar with these weekly hours and no holidays. */
    public BusinessCalendar(ZoneId zone, WeeklyHours weeklyHours) {
        this(zone, weeklyHours, HolidaySchedule.NONE);
    }

    /** The working intervals of a date, holidays and make-up days applied. */
    public DayHours hoursOn(LocalDate date) {
        return holidays.on(date)
                .map(special -> switch (special.kind()) {
                    case HOLIDAY -> DayHours.CLOSED;
                    case MAKE_UP_WORKDAY -> weeklyHours.usualWorkingDay();
                })
                .orElseGet(() -> weeklyHours.on(date.getDayOfWeek()));
    }

    /** Whether the date has working hours. */
    public boolean isBusinessDay(LocalDate date) {
        return !hoursOn(date).isClosed();
    }

    /** Whether the desk is open at this instant: true at an opening time, false at a closing time. */
    public boolean isOpen(Instant instant) {
        OpenStretch first = OpenStretches.between(this, instant, instant).next();
        return first != null && first.start().equals(instant);
    }

    /**
     * The first instant at or after {@code instant} at which the desk is open: {@code instant} itself when open, else
     * the next opening time. Empty if the calendar has no working time within {@link #SEARCH_HORIZON}.
     */
    public Optional<Instant> nextOpening(Instant instant) {
        return Optional.ofNullable(OpenStretches.after(this, instant).next()).map(OpenStretch::start);
    }

    /**
     * The due time of {@code businessTime} started at {@code start}: the earliest instant by which that much working
     * time has passed since {@code start}. Outside hours counting starts at the next opening. A due time that falls
     * on a closing time stays there ("due today at 18:00", not "tomorrow at 09:00"), and adding zero returns
     * {@code start} itself, open or not; use {@link #nextOpening} for the moment work can begin.
     * {@code between(start, plus(start, d))} equals {@code d}.
     *
     * @param businessTime zero or more
     * @throws NoBusinessTimeException if working time runs out for {@link #SEARCH_HORIZON}
     */
    public Instant plus(Instant start, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("Business time to add must not be negative: " + businessTime);
        }
        if (businessTime.isZero()) {
            return start;
        }
        Duration left = businessTime;
        OpenStretches stretches = OpenStretches.after(this, start);
        for (OpenStretch stretch = stretches.next(); stretch != null; stretch = stretches.next()) {
            Duration length = stretch.length();
            if (left.compareTo(length) <= 0) {
                return stretch.start().plus(left);
            }
            left = left.minus(length);
        }
        throw new NoBusinessTimeException(stretches.lastWorkingDate(), this);
    }

    /**
     * The working time between two instants. Antisymmetric: negative when {@code to} is before {@code from}
     * ({@code between(due, now)} is how long a clock is overdue, {@code between(now, due)} how long it has left),
     * zero when they are equal or only closed time lies between them.
     */
    public Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            return between(to, from).negated();
        }
        Duration total = Duration.ZERO;
        OpenStretches stretches = OpenStretches.between(this, from, to);
        for (OpenStretch stretch = stretches.next();
                stretch != null && stretch.start().isBefore(to);
                stretch = stretches.next()) {
            Instant end = stretch.end().isBefore(to) ? stretch.end() : to;
            total = total.plus(Duration.between(stretch.start(), end));
        }
        return total;
    }

    /**
     * The first business day after {@code date} (never {@code date} itself).
     *
     * @throws NoBusinessTimeException if there is none within {@link #SEARCH_HORIZON}
     */
    public LocalDate nextBusinessDay(LocalDate date) {
        return plusBusinessDays(date, 1);
    }

    /**
     * The {@code days}-th business day after {@code date}, counting from the day after: the "2nd working day" after
     * a ticket started waiting on Friday is the following Tuesday on a 5×8 calendar, whether or not Friday itself
     * was a business day. Zero returns {@code date}; a negative count goes back the same way.
     *
     * @throws NoBusinessTimeException if a business day is not found within {@link #SEARCH_HORIZON}
     */
    public LocalDate plusBusinessDays(LocalDate date, int days) {
        int step = Integer.signum(days);
        long left = Math.abs((long) days);
        LocalDate day = date;
        LocalDate lastFound = date;
        while (left > 0) {
            day = day.plusDays(step);
            if (isBusinessDay(day)) {
                left--;
                lastFound = day;
            } else if (step > 0
                    ? day.isAfter(lastFound.plus(SEARCH_HORIZON))
                    : day.isBefore(lastFound.minus(SEARCH_HORIZON))) {
                throw new NoBusinessTimeException(lastFound, this);
            }
        }
        return day;
    }

    /** The date the wall clock in {@link #zone()} shows at this instant. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
