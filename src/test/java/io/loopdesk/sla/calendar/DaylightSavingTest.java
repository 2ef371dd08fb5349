package io.loopdesk.sla.calendar;

import static io.loopdesk.sla.calendar.CalendarFixture.BERLIN;
import static io.loopdesk.sla.calendar.CalendarFixture.NEW_YORK;
import static io.loopdesk.sla.calendar.CalendarFixture.SHANGHAI;
import static io.loopdesk.sla.calendar.CalendarFixture.at;
import static io.loopdesk.sla.calendar.CalendarFixture.everyDay;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Days on which the clocks change count the time that really passes. In 2026 Berlin springs forward on 29 March
 * (02:00 → 03:00) and falls back on 25 October (03:00 → 02:00); New York on 8 March (02:00 → 03:00) and 1 November
 * (02:00 → 01:00). Shanghai keeps one offset all year.
 */
class DaylightSavingTest {

    @Test
    void aWholeDayLasts23HoursWhenBerlinSpringsForward() {
        BusinessCalendar alwaysOpen = everyDay(BERLIN, "00:00-24:00");

        assertThat(alwaysOpen.between(at("2026-03-29T00:00+01:00"), at("2026-03-30T00:00+02:00")))
                .isEqualTo(Duration.ofHours(23));
        assertThat(alwaysOpen.plus(at("2026-03-29T00:00+01:00"), Duration.ofHours(24)))
                .isEqualTo(at("2026-03-30T01:00+02:00"));
    }

    @Test
    void aWholeDayLasts25HoursWhenBerlinFallsBack() {
        assertThat(everyDay(BERLIN, "00:00-24:00").between(at("2026-10-25T00:00+02:00"), at("2026-10-26T00:00+01:00")))
                .isEqualTo(Duration.ofHours(25));
    }

    @Test
    void aNightShiftAcrossTheChangeCountsRealElapsedTime() {
        BusinessCalendar nights = everyDay(BERLIN, "01:00-05:00");

        assertThat(nights.between(at("2026-03-29T00:00+01:00"), at("2026-03-30T00:00+02:00")))
                .isEqualTo(Duration.ofHours(3));
        assertThat(nights.plus(at("2026-03-29T01:00+01:00"), Duration.ofHours(3)))
                .isEqualTo(at("2026-03-29T05:00+02:00"));
        assertThat(nights.between(at("2026-10-25T00:00+02:00"), at("2026-10-26T00:00+01:00")))
                .isEqualTo(Duration.ofHours(5));
    }

    @Test
    void anOpeningTheClocksSkipOpensWhenTheyJumpPastIt() {
        BusinessCalendar early = everyDay(BERLIN, "02:30-06:00");

        assertThat(early.nextOpening(at("2026-03-29T00:00+01:00"))).contains(at("2026-03-29T03:00+02:00"));
        assertThat(early.isOpen(at("2026-03-29T01:59:59+01:00"))).isFalse();
        assertThat(early.isOpen(at("2026-03-29T03:00+02:00"))).isTrue();
        assertThat(early.between(at("2026-03-29T00:00+01:00"), at("2026-03-30T00:00+02:00")))
                .isEqualTo(Duration.ofHours(3));
    }

    @Test
    void anIntervalTheClocksSkipEntirelyIsNotWorked() {
        BusinessCalendar skipped = everyDay(BERLIN, "02:15-02:45");

        assertThat(skipped.isBusinessDay(LocalDate.parse("2026-03-29")))
                .as("by its hours")
                .isTrue();
        assertThat(skipped.between(at("2026-03-29T00:00+01:00"), at("2026-03-30T00:00+02:00")))
                .isZero();
        assertThat(skipped.plus(at("2026-03-29T00:00+01:00"), Duration.ofMinutes(10)))
                .isEqualTo(at("2026-03-30T02:25+02:00"));
    }

    @Test
    void aRepeatedHourIsCountedOnce() {
        BusinessCalendar repeated = everyDay(BERLIN, "02:15-02:45");

        assertThat(repeated.between(at("2026-10-25T00:00+02:00"), at("2026-10-26T00:00+01:00")))
                .isEqualTo(Duration.ofMinutes(30));
        assertThat(repeated.isOpen(at("2026-10-25T02:20+02:00")))
                .as("the first time")
                .isTrue();
        assertThat(repeated.isOpen(at("2026-10-25T02:20+01:00")))
                .as("the second time")
                .isFalse();
    }

    @Test
    void aClosingInTheRepeatedHourClosesTheFirstTimeTheClockReadsIt() {
        BusinessCalendar lateShift = everyDay(BERLIN, "00:00-02:30");

        assertThat(lateShift.between(at("2026-10-25T00:00+02:00"), at("2026-10-26T00:00+01:00")))
                .isEqualTo(Duration.ofMinutes(150));
        assertThat(lateShift.isOpen(at("2026-10-25T02:15+02:00"))).isTrue();
        assertThat(lateShift.isOpen(at("2026-10-25T02:15+01:00"))).isFalse();
    }

    @Test
    void newYorkWeekendHoursSurviveSpringingForward() {
        BusinessCalendar sevenByTwelve = new BusinessCalendar(NEW_YORK, WeeklyHours.sevenByTwelve());

        assertThat(sevenByTwelve.plus(at("2026-03-07T19:00-05:00"), Duration.ofHours(2)))
                .isEqualTo(at("2026-03-08T09:00-04:00"));
        assertThat(sevenByTwelve.between(at("2026-10-31T19:00-04:00"), at("2026-11-01T09:00-05:00")))
                .isEqualTo(Duration.ofHours(2));
    }

    @Test
    void newYorkDaysLast23And25Hours() {
        BusinessCalendar alwaysOpen = everyDay(NEW_YORK, "00:00-24:00");

        assertThat(alwaysOpen.between(at("2026-03-07T12:00-05:00"), at("2026-03-08T12:00-04:00")))
                .isEqualTo(Duration.ofHours(23));
        assertThat(alwaysOpen.between(at("2026-10-31T12:00-04:00"), at("2026-11-01T12:00-05:00")))
                .isEqualTo(Duration.ofHours(25));
    }

    @Test
    void newYorkIntervalsAroundTheChangeCountRealTime() {
        assertThat(everyDay(NEW_YORK, "00:00-03:00")
                        .between(at("2026-11-01T00:00-04:00"), at("2026-11-02T00:00-05:00")))
                .as("falling back at 02:00 adds an hour")
                .isEqualTo(Duration.ofHours(4));
        assertThat(everyDay(NEW_YORK, "01:30-03:00")
                        .between(at("2026-03-08T00:00-05:00"), at("2026-03-09T00:00-04:00")))
                .as("springing forward at 02:00 takes one")
                .isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void shanghaiDaysAlwaysLast24Hours() {
        BusinessCalendar alwaysOpen = everyDay(SHANGHAI, "00:00-24:00");

        assertThat(alwaysOpen.between(at("2026-03-29T00:00+08:00"), at("2026-03-30T00:00+08:00")))
                .isEqualTo(Duration.ofHours(24));
        assertThat(alwaysOpen.between(at("2026-10-25T00:00+08:00"), at("2026-10-26T00:00+08:00")))
                .isEqualTo(Duration.ofHours(24));
    }
}
