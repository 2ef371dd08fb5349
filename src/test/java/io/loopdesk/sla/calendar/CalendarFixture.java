package io.loopdesk.sla.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/** Calendars and instants the calendar tests share. */
public final class CalendarFixture {

    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** China's 2026 holidays and make-up working days, from Loopdesk's data. */
    public static final HolidaySchedule CHINA_2026 =
            PublicHolidays.shipped().year(PublicHolidays.CHINA, 2026).orElseThrow();

    private CalendarFixture() {}

    /** A provider's desk in China: 5×8 (09:00–18:00) with the 2026 public holidays and make-up days. */
    public static BusinessCalendar chinaFiveByEight() {
        return new BusinessCalendar(SHANGHAI, WeeklyHours.fiveByEight(), CHINA_2026);
    }

    /** A hosted desk in China: 7×12 (08:00–20:00) with the 2026 public holidays. */
    public static BusinessCalendar chinaSevenByTwelve() {
        return new BusinessCalendar(SHANGHAI, WeeklyHours.sevenByTwelve(), CHINA_2026);
    }

    /** Every day the same hours, no holidays, e.g. {@code "01:00-05:00"}. */
    public static BusinessCalendar everyDay(ZoneId zone, String hours) {
        return new BusinessCalendar(zone, WeeklyHours.everyDay(DayHours.parse(hours)));
    }

    /** The instant the Shanghai wall clock shows as {@code 2026-09-30T17:00}. */
    public static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    /** An instant with its offset spelt out, which says which of a repeated hour is meant: {@code ...T02:15+01:00}. */
    public static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }
}
