package io.loopdesk.sla.calendar;

import java.time.DayOfWeek;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The working hours of a normal week, day by day. Days missing from the map are days off.
 *
 * @param days each day of the week's hours; every day is present after construction
 */
public record WeeklyHours(Map<DayOfWeek, DayHours> days) {

    public WeeklyHours {
        EnumMap<DayOfWeek, DayHours> all = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            all.put(day, days.getOrDefault(day, DayHours.CLOSED));
        }
        days = Collections.unmodifiableMap(all);
    }

    /** No working time at all (24×0): a calendar with these hours can only be open on make-up days. */
    public static WeeklyHours closed() {
        return new WeeklyHours(Map.of());
    }

    /** Monday to Friday with the same hours, the weekend off. */
    public static WeeklyHours weekdays(DayHours hours) {
        return closed().with(DayOfWeek.MONDAY, hours)
                .with(DayOfWeek.TUESDAY, hours)
                .with(DayOfWeek.WEDNESDAY, hours)
                .with(DayOfWeek.THURSDAY, hours)
                .with(DayOfWeek.FRIDAY, hours);
    }

    /** Every day of the week with the same hours. */
    public static WeeklyHours everyDay(DayHours hours) {
        EnumMap<DayOfWeek, DayHours> all = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            all.put(day, hours);
        }
        return new WeeklyHours(all);
    }

    /** 5×8, the service providers' hours (seed 003): Monday to Friday 09:00–18:00. */
    public static WeeklyHours fiveByEight() {
        return weekdays(DayHours.parse("09:00-18:00"));
    }

    /** 5×8 with a lunch break: Monday to Friday 09:00–12:00 and 13:00–18:00, eight hours of work. */
    public static WeeklyHours fiveByEightWithLunchBreak() {
        return weekdays(DayHours.parse("09:00-12:00, 13:00-18:00"));
    }

    /** 7×12, the hosted service's hours (seed 000): every day 08:00–20:00. */
    public static WeeklyHours sevenByTwelve() {
        return everyDay(DayHours.parse("08:00-20:00"));
    }

    /** 24×7: always open. */
    public static WeeklyHours twentyFourSeven() {
        return everyDay(DayHours.parse("00:00-24:00"));
    }

    /** These hours with one day's hours replaced. */
    public WeeklyHours with(DayOfWeek day, DayHours hours) {
        EnumMap<DayOfWeek, DayHours> changed = new EnumMap<>(days);
        changed.put(day, hours);
        return new WeeklyHours(changed);
    }

    /** The hours of a day of the week. */
    public DayHours on(DayOfWeek day) {
        return days.get(day);
    }

    /**
     * The hours of a usual working day, which a make-up working day (调休) works: those of the first day from Monday
     * on that has working time. That is Monday for 5×8, 7×12 and their kin, and still sensible for a Tuesday to
     * Saturday week; a half-day Saturday does not shorten a make-up day. {@link DayHours#CLOSED} if no day works.
     */
    public DayHours usualWorkingDay() {
        return days.values().stream()
                .filter(hours -> !hours.isClosed())
                .findFirst()
                .orElse(DayHours.CLOSED);
    }
}
