package io.loopdesk.sla.calendar;

import static io.loopdesk.sla.calendar.CalendarFixture.SHANGHAI;
import static io.loopdesk.sla.calendar.CalendarFixture.chinaFiveByEight;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Counting whole working days, as the auto-close rules of waiting tickets do (seed 003). */
class BusinessDaysTest {

    private final BusinessCalendar calendar = chinaFiveByEight();

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void weekdaysAreBusinessDaysUnlessTheyAreHolidays() {
        assertThat(calendar.isBusinessDay(date("2026-10-08"))).isTrue();
        assertThat(calendar.isBusinessDay(date("2026-10-01"))).isFalse();
        assertThat(calendar.isBusinessDay(date("2026-03-14")))
                .as("a plain Saturday")
                .isFalse();
    }

    @Test
    void makeUpWeekendDaysAreBusinessDays() {
        assertThat(calendar.isBusinessDay(date("2026-10-10"))).isTrue();
        assertThat(calendar.isBusinessDay(date("2026-10-11"))).isFalse();
        assertThat(calendar.isBusinessDay(date("2026-01-04"))).isTrue();
    }

    @Test
    void theNextBusinessDayIsNeverTheDayItself() {
        assertThat(calendar.nextBusinessDay(date("2026-03-16"))).isEqualTo(date("2026-03-17"));
        assertThat(calendar.nextBusinessDay(date("2026-03-14"))).isEqualTo(date("2026-03-16"));
        assertThat(calendar.nextBusinessDay(date("2026-09-30"))).isEqualTo(date("2026-10-08"));
        assertThat(calendar.nextBusinessDay(date("2026-10-09"))).isEqualTo(date("2026-10-10"));
    }

    @Test
    void theSecondWorkingDayAfterAFridayIsTheTuesday() {
        assertThat(calendar.plusBusinessDays(date("2026-03-13"), 2)).isEqualTo(date("2026-03-17"));
    }

    @Test
    void aTicketWaitingSinceBeforeTheSpringFestivalRunsItsRemindersAcrossIt() {
        LocalDate waitingSince = date("2026-02-12");

        assertThat(calendar.plusBusinessDays(waitingSince, 2)).as("reminder").isEqualTo(date("2026-02-14"));
        assertThat(calendar.plusBusinessDays(waitingSince, 7))
                .as("awaiting confirmation")
                .isEqualTo(date("2026-02-28"));
        assertThat(calendar.plusBusinessDays(waitingSince, 10)).as("closed").isEqualTo(date("2026-03-04"));
    }

    @Test
    void theSpringFestivalWeekIsSkippedInOneStep() {
        assertThat(calendar.plusBusinessDays(date("2026-02-13"), 2)).isEqualTo(date("2026-02-24"));
    }

    @Test
    void zeroBusinessDaysIsTheDayItselfEvenOnAHoliday() {
        assertThat(calendar.plusBusinessDays(date("2026-10-01"), 0)).isEqualTo(date("2026-10-01"));
    }

    @Test
    void negativeCountsGoBack() {
        assertThat(calendar.plusBusinessDays(date("2026-10-08"), -1)).isEqualTo(date("2026-09-30"));
        assertThat(calendar.plusBusinessDays(date("2026-02-24"), -2)).isEqualTo(date("2026-02-13"));
    }

    @Test
    void aCalendarWithoutWorkingDaysFailsBothWays() {
        BusinessCalendar closed = new BusinessCalendar(SHANGHAI, WeeklyHours.closed(), CalendarFixture.CHINA_2026);

        assertThat(closed.isBusinessDay(date("2026-10-10")))
                .as("a make-up day of a week without work")
                .isFalse();
        assertThatThrownBy(() -> closed.plusBusinessDays(date("2026-03-16"), 3))
                .isInstanceOf(NoBusinessTimeException.class);
        assertThatThrownBy(() -> closed.plusBusinessDays(date("2026-03-16"), -1))
                .isInstanceOf(NoBusinessTimeException.class);
    }
}
