package io.loopdesk.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WeeklyHoursTest {

    @Test
    void theEndOfTheDayIsWrittenAs2400AndStoredAsMidnight() {
        WorkingInterval evening = WorkingInterval.parse("20:00-24:00");

        assertThat(evening.end()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(evening.endsAtEndOfDay()).isTrue();
        assertThat(evening.length()).isEqualTo(Duration.ofHours(4));
        assertThat(evening).hasToString("20:00-24:00").isEqualTo(WorkingInterval.parse("20:00-00:00"));
        assertThat(WorkingInterval.parse("00:00-24:00").length()).isEqualTo(Duration.ofDays(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"18:00-09:00", "09:00-09:00", "9 to 6", "25:00-26:00", "09:00", "09:00-12:00-13:00"})
    void anIntervalMustBeATimeFollowedByALaterOne(String text) {
        assertThatThrownBy(() -> WorkingInterval.parse(text)).isInstanceOf(InvalidCalendarException.class);
    }

    @Test
    void overlappingIntervalsAreRefusedWithBothNamed() {
        assertThatThrownBy(() -> DayHours.parse("09:00-12:00, 11:00-13:00"))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageContaining("09:00-12:00")
                .hasMessageContaining("11:00-13:00");
        assertThatThrownBy(() -> DayHours.parse("20:00-24:00, 21:00-22:00"))
                .isInstanceOf(InvalidCalendarException.class);
    }

    @Test
    void touchingIntervalsAreAllowedAndIntervalsAreKeptInOrder() {
        assertThat(DayHours.parse("12:00-18:00, 09:00-12:00").length()).isEqualTo(Duration.ofHours(9));
        assertThat(DayHours.parse("13:00-18:00, 09:00-12:00")).hasToString("09:00-12:00, 13:00-18:00");
    }

    @Test
    void anEmptyOrClosedDayIsADayOff() {
        assertThat(DayHours.parse("")).isEqualTo(DayHours.CLOSED);
        assertThat(DayHours.parse("closed").isClosed()).isTrue();
        assertThat(DayHours.CLOSED).hasToString("closed");
    }

    @Test
    void fiveByEightIsWeekdaysFromNineToSix() {
        WeeklyHours hours = WeeklyHours.fiveByEight();

        assertThat(hours.on(DayOfWeek.MONDAY)).hasToString("09:00-18:00");
        assertThat(hours.on(DayOfWeek.FRIDAY)).hasToString("09:00-18:00");
        assertThat(hours.on(DayOfWeek.SATURDAY).isClosed()).isTrue();
        assertThat(hours.on(DayOfWeek.SUNDAY).isClosed()).isTrue();
    }

    @Test
    void fiveByEightWithALunchBreakWorksEightHoursADay() {
        DayHours monday = WeeklyHours.fiveByEightWithLunchBreak().on(DayOfWeek.MONDAY);

        assertThat(monday).hasToString("09:00-12:00, 13:00-18:00");
        assertThat(monday.length()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void sevenByTwelveAndTwentyFourSevenWorkEveryDay() {
        for (DayOfWeek day : DayOfWeek.values()) {
            assertThat(WeeklyHours.sevenByTwelve().on(day)).hasToString("08:00-20:00");
            assertThat(WeeklyHours.twentyFourSeven().on(day).length()).isEqualTo(Duration.ofHours(24));
            assertThat(WeeklyHours.closed().on(day).isClosed()).isTrue();
        }
    }

    @Test
    void aMakeUpDayWorksTheHoursOfTheFirstWorkingDayOfTheWeek() {
        DayHours weekday = DayHours.parse("09:00-18:00");
        WeeklyHours withHalfSaturday =
                WeeklyHours.weekdays(weekday).with(DayOfWeek.SATURDAY, DayHours.parse("09:00-12:00"));
        WeeklyHours tuesdayToSaturday = WeeklyHours.closed()
                .with(DayOfWeek.TUESDAY, DayHours.parse("10:00-19:00"))
                .with(DayOfWeek.SATURDAY, DayHours.parse("10:00-14:00"));

        assertThat(withHalfSaturday.usualWorkingDay()).isEqualTo(weekday);
        assertThat(tuesdayToSaturday.usualWorkingDay()).hasToString("10:00-19:00");
        assertThat(WeeklyHours.closed().usualWorkingDay()).isEqualTo(DayHours.CLOSED);
    }

    @Test
    void daysLeftOutOfTheWeekAreDaysOff() {
        assertThat(WeeklyHours.closed().with(DayOfWeek.MONDAY, DayHours.parse("09:00-18:00")))
                .isEqualTo(WeeklyHours.weekdays(DayHours.parse("09:00-18:00"))
                        .with(DayOfWeek.TUESDAY, DayHours.CLOSED)
                        .with(DayOfWeek.WEDNESDAY, DayHours.CLOSED)
                        .with(DayOfWeek.THURSDAY, DayHours.CLOSED)
                        .with(DayOfWeek.FRIDAY, DayHours.CLOSED));
    }
}
