package io.loopdesk.sla.calendar;

import static io.loopdesk.sla.calendar.CalendarFixture.SHANGHAI;
import static io.loopdesk.sla.calendar.CalendarFixture.chinaSevenByTwelve;
import static io.loopdesk.sla.calendar.CalendarFixture.shanghai;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** Lunch breaks, 7×12, 24×7 and long durations. */
class WorkingHoursShapesTest {

    private final BusinessCalendar withLunch = new BusinessCalendar(SHANGHAI, WeeklyHours.fiveByEightWithLunchBreak());
    private final BusinessCalendar alwaysOpen = new BusinessCalendar(SHANGHAI, WeeklyHours.twentyFourSeven());

    @Test
    void theLunchBreakIsNotCounted() {
        assertThat(withLunch.plus(shanghai("2026-03-16T11:30"), Duration.ofHours(1)))
                .isEqualTo(shanghai("2026-03-16T13:30"));
        assertThat(withLunch.between(shanghai("2026-03-16T11:00"), shanghai("2026-03-16T14:00")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void aDueTimeAtTheStartOfLunchStaysBeforeLunch() {
        assertThat(withLunch.plus(shanghai("2026-03-16T11:00"), Duration.ofHours(1)))
                .isEqualTo(shanghai("2026-03-16T12:00"));
    }

    @Test
    void timeStartedDuringLunchCountsFromTheAfternoon() {
        assertThat(withLunch.plus(shanghai("2026-03-16T12:30"), Duration.ofMinutes(30)))
                .isEqualTo(shanghai("2026-03-16T13:30"));
        assertThat(withLunch.isOpen(shanghai("2026-03-16T12:30"))).isFalse();
        assertThat(withLunch.nextOpening(shanghai("2026-03-16T12:30"))).contains(shanghai("2026-03-16T13:00"));
    }

    @Test
    void aDayWithLunchHoldsEightHours() {
        assertThat(withLunch.plus(shanghai("2026-03-16T09:00"), Duration.ofHours(8)))
                .isEqualTo(shanghai("2026-03-16T18:00"));
    }

    @Test
    void sevenByTwelveWorksTheWeekendButNotTheNight() {
        assertThat(chinaSevenByTwelve().plus(shanghai("2026-03-14T19:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-03-15T09:00"));
    }

    @Test
    void sevenByTwelveStillRestsOnPublicHolidays() {
        assertThat(chinaSevenByTwelve().plus(shanghai("2026-09-30T19:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-10-08T09:00"));
    }

    @Test
    void twentyFourSevenCountsEveryMomentAcrossMidnight() {
        Instant start = shanghai("2026-03-13T23:00");

        assertThat(alwaysOpen.plus(start, Duration.ofHours(2))).isEqualTo(shanghai("2026-03-14T01:00"));
        assertThat(alwaysOpen.isOpen(shanghai("2026-03-14T00:00"))).isTrue();
        assertThat(alwaysOpen.between(start, shanghai("2026-03-20T23:00"))).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void tenThousandBusinessHoursAreCountedExactly() {
        BusinessCalendar utc = new BusinessCalendar(ZoneOffset.UTC, WeeklyHours.fiveByEight());
        Instant monday = Instant.parse("2024-01-01T09:00:00Z");

        // 10,000 h = 1,111 days of nine hours and one hour: 222 weeks and a Monday, then an hour on Tuesday.
        Instant due = utc.plus(monday, Duration.ofHours(10_000));

        assertThat(due).isEqualTo(Instant.parse("2028-04-04T10:00:00Z"));
        assertThat(utc.between(monday, due)).isEqualTo(Duration.ofHours(10_000));
    }

    @Test
    void tenThousandHoursOfTwentyFourSevenAreTenThousandRealHours() {
        BusinessCalendar berlin = new BusinessCalendar(CalendarFixture.BERLIN, WeeklyHours.twentyFourSeven());
        Instant start = Instant.parse("2026-01-01T00:00:00Z");

        assertThat(berlin.plus(start, Duration.ofHours(10_000))).isEqualTo(start.plus(Duration.ofHours(10_000)));
    }
}
