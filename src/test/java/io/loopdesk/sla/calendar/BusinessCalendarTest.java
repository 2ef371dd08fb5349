package io.loopdesk.sla.calendar;

import static io.loopdesk.sla.calendar.CalendarFixture.SHANGHAI;
import static io.loopdesk.sla.calendar.CalendarFixture.chinaFiveByEight;
import static io.loopdesk.sla.calendar.CalendarFixture.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A provider's 5×8 desk in Shanghai with the 2026 public holidays. */
class BusinessCalendarTest {

    private final BusinessCalendar calendar = chinaFiveByEight();

    @Test
    void aTicketAtFiveOnTheLastWorkingDayBeforeNationalDayIsDueOnTheFirstWorkingDayAfter() {
        assertThat(calendar.plus(shanghai("2026-09-30T17:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-10-08T10:00"));
    }

    @Test
    void theWeekendIsNotCounted() {
        assertThat(calendar.plus(shanghai("2026-03-13T17:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-03-16T10:00"));
    }

    @Test
    void aHolidayOnAWeekdayIsNotCounted() {
        // Qingming: Saturday 4 April to Monday 6 April.
        assertThat(calendar.plus(shanghai("2026-04-03T17:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-04-07T10:00"));
    }

    @Test
    void aMakeUpSaturdayIsWorkedWithWeekdayHours() {
        // Saturday 14 February is worked for the Spring Festival.
        assertThat(calendar.plus(shanghai("2026-02-13T17:00"), Duration.ofHours(2)))
                .isEqualTo(shanghai("2026-02-14T10:00"));
        assertThat(calendar.plus(shanghai("2026-02-14T17:00"), Duration.ofHours(2)))
                .as("then nine days off")
                .isEqualTo(shanghai("2026-02-24T10:00"));
    }

    @Test
    void aMakeUpSundayIsWorked() {
        // Sunday 20 September is worked for National Day; Saturday 19 is not.
        assertThat(calendar.plus(shanghai("2026-09-18T17:30"), Duration.ofHours(1)))
                .isEqualTo(shanghai("2026-09-20T09:30"));
    }

    @Test
    void startingAtMidnightCountsFromTheOpening() {
        assertThat(calendar.plus(shanghai("2026-03-16T00:00"), Duration.ofHours(1)))
                .isEqualTo(shanghai("2026-03-16T10:00"));
    }

    @Test
    void startingAMinuteBeforeMidnightCountsFromTheNextOpening() {
        assertThat(calendar.plus(shanghai("2026-03-13T23:59"), Duration.ofHours(1)))
                .isEqualTo(shanghai("2026-03-16T10:00"));
    }

    @Test
    void aWholeDayStartedAtTheOpeningIsDueAtTheClosing() {
        assertThat(calendar.plus(shanghai("2026-03-16T09:00"), Duration.ofHours(9)))
                .isEqualTo(shanghai("2026-03-16T18:00"));
    }

    @Test
    void aDueTimeOnTheClosingStaysOnTheClosingRatherThanTheNextOpening() {
        assertThat(calendar.plus(shanghai("2026-03-16T17:00"), Duration.ofHours(1)))
                .isEqualTo(shanghai("2026-03-16T18:00"));
    }

    @Test
    void aMinuteStartedAtTheClosingEndsAMinuteAfterTheNextOpening() {
        assertThat(calendar.plus(shanghai("2026-03-16T18:00"), Duration.ofMinutes(1)))
                .isEqualTo(shanghai("2026-03-17T09:01"));
    }

    @Test
    void secondsAreExactToo() {
        assertThat(calendar.plus(shanghai("2026-03-16T17:59:30"), Duration.ofSeconds(45)))
                .isEqualTo(shanghai("2026-03-17T09:00:15"));
    }

    @Test
    void addingNothingReturnsTheStartItselfEvenWhenClosed() {
        assertThat(calendar.plus(shanghai("2026-03-14T12:00"), Duration.ZERO)).isEqualTo(shanghai("2026-03-14T12:00"));
        assertThat(calendar.plus(shanghai("2026-03-16T18:00"), Duration.ZERO)).isEqualTo(shanghai("2026-03-16T18:00"));
    }

    @Test
    void negativeBusinessTimeIsRefused() {
        assertThatThrownBy(() -> calendar.plus(shanghai("2026-03-16T10:00"), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDeskIsOpenFromTheOpeningUpToButNotAtTheClosing() {
        assertThat(calendar.isOpen(shanghai("2026-03-16T09:00"))).isTrue();
        assertThat(calendar.isOpen(shanghai("2026-03-16T08:59:59.999999999"))).isFalse();
        assertThat(calendar.isOpen(shanghai("2026-03-16T17:59:59.999999999"))).isTrue();
        assertThat(calendar.isOpen(shanghai("2026-03-16T18:00"))).isFalse();
        assertThat(calendar.isOpen(shanghai("2026-10-05T10:00")))
                .as("National Day")
                .isFalse();
        assertThat(calendar.isOpen(shanghai("2026-10-10T10:00")))
                .as("make-up Saturday")
                .isTrue();
    }

    @Test
    void theNextOpeningIsNowWhenOpenElseTheNextOpeningTime() {
        assertThat(calendar.nextOpening(shanghai("2026-03-16T10:00"))).contains(shanghai("2026-03-16T10:00"));
        assertThat(calendar.nextOpening(shanghai("2026-03-16T09:00"))).contains(shanghai("2026-03-16T09:00"));
        assertThat(calendar.nextOpening(shanghai("2026-09-30T18:00"))).contains(shanghai("2026-10-08T09:00"));
    }

    @Test
    void betweenCountsOnlyWorkingTime() {
        assertThat(calendar.between(shanghai("2026-03-13T17:00"), shanghai("2026-03-16T10:00")))
                .isEqualTo(Duration.ofHours(2));
        assertThat(calendar.between(shanghai("2026-09-30T12:00"), shanghai("2026-10-08T12:00")))
                .isEqualTo(Duration.ofHours(9));
    }

    @Test
    void betweenIsNegativeWhenTheEndComesFirst() {
        assertThat(calendar.between(shanghai("2026-03-16T10:00"), shanghai("2026-03-13T17:00")))
                .isEqualTo(Duration.ofHours(-2));
    }

    @Test
    void betweenIsZeroWhenOnlyClosedTimeLiesBetween() {
        assertThat(calendar.between(shanghai("2026-03-13T18:00"), shanghai("2026-03-16T09:00")))
                .isZero();
        assertThat(calendar.between(shanghai("2026-03-16T10:00"), shanghai("2026-03-16T10:00")))
                .isZero();
    }

    @Test
    void aCalendarWithoutWorkingTimeFailsClearlyInsteadOfSearchingForEver() {
        BusinessCalendar closed = new BusinessCalendar(SHANGHAI, WeeklyHours.closed());
        Instant start = shanghai("2026-03-16T10:00");

        assertThatThrownBy(() -> closed.plus(start, Duration.ofHours(2)))
                .isInstanceOf(NoBusinessTimeException.class)
                .hasMessageContaining("no working time for 10 years after 2026-03-16");
        assertThat(closed.nextOpening(start)).isEmpty();
        assertThat(closed.isOpen(start)).isFalse();
        assertThat(closed.between(start, start.plus(Duration.ofDays(30)))).isZero();
        assertThatThrownBy(() -> closed.nextBusinessDay(start.atZone(SHANGHAI).toLocalDate()))
                .isInstanceOf(NoBusinessTimeException.class);
    }

    @Test
    void aCalendarWhoseWorkingTimeRunsOutNamesTheLastWorkingDay() {
        List<SpecialDay> elevenYearsOff = Stream.iterate(LocalDate.parse("2026-03-17"), day -> day.plusDays(1))
                .limit(11 * 366)
                .map(day -> SpecialDay.holiday(day, "closed for good"))
                .toList();
        BusinessCalendar closing =
                new BusinessCalendar(SHANGHAI, WeeklyHours.fiveByEight(), HolidaySchedule.of(elevenYearsOff));

        assertThat(closing.plus(shanghai("2026-03-16T17:00"), Duration.ofHours(1)))
                .isEqualTo(shanghai("2026-03-16T18:00"));
        assertThatThrownBy(() -> closing.plus(shanghai("2026-03-16T17:00"), Duration.ofHours(2)))
                .isInstanceOf(NoBusinessTimeException.class)
                .hasMessageContaining("after 2026-03-16");
    }
}
