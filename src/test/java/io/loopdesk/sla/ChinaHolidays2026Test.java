package io.loopdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChinaHolidays2026Test {

    private static final List<SpecialDay> DAYS = ChinaHolidays2026.SCHEDULE.days();

    @Test
    void theStateCouncilGives33DaysOffForSevenHolidays() {
        Map<String, Long> daysOff = DAYS.stream()
                .filter(day -> day.kind() == SpecialDay.Kind.HOLIDAY)
                .collect(Collectors.groupingBy(SpecialDay::name, Collectors.counting()));

        assertThat(daysOff)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("元旦", 3L, "春节", 9L, "清明节", 3L, "劳动节", 5L, "端午节", 3L, "中秋节", 3L, "国庆节", 7L));
    }

    @Test
    void sixWeekendDaysAreWorkedToMakeUpForThem() {
        List<SpecialDay> makeUpDays = DAYS.stream()
                .filter(day -> day.kind() == SpecialDay.Kind.MAKE_UP_WORKDAY)
                .toList();

        assertThat(makeUpDays)
                .extracting(SpecialDay::date)
                .containsExactly(
                        LocalDate.parse("2026-01-04"),
                        LocalDate.parse("2026-02-14"),
                        LocalDate.parse("2026-02-28"),
                        LocalDate.parse("2026-05-09"),
                        LocalDate.parse("2026-09-20"),
                        LocalDate.parse("2026-10-10"));
        assertThat(makeUpDays)
                .allSatisfy(day -> assertThat(day.date().getDayOfWeek()).isIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY));
    }

    @Test
    void nationalDayRunsFromTheFirstToTheSeventhOfOctober() {
        assertThat(ChinaHolidays2026.SCHEDULE.on(LocalDate.parse("2026-10-01")))
                .contains(SpecialDay.holiday(LocalDate.parse("2026-10-01"), "国庆节"));
        assertThat(ChinaHolidays2026.SCHEDULE.on(LocalDate.parse("2026-10-07"))).isPresent();
        assertThat(ChinaHolidays2026.SCHEDULE.on(LocalDate.parse("2026-10-08"))).isEmpty();
    }

    @Test
    void aDateCanBeListedOnlyOnce() {
        LocalDate date = LocalDate.parse("2026-10-01");

        assertThatThrownBy(() -> HolidaySchedule.of(
                        List.of(SpecialDay.holiday(date, "国庆节"), SpecialDay.makeUpWorkday(date, "公司年会"))))
                .isInstanceOf(InvalidCalendarException.class)
                .hasMessageContaining("2026-10-01");
    }

    @Test
    void aCompanyCanAddItsOwnDaysToTheCountrysSchedule() {
        LocalDate companyDay = LocalDate.parse("2026-12-31");
        HolidaySchedule schedule =
                ChinaHolidays2026.SCHEDULE.and(HolidaySchedule.of(List.of(SpecialDay.holiday(companyDay, "年会"))));

        assertThat(schedule.days()).hasSize(DAYS.size() + 1).last().isEqualTo(SpecialDay.holiday(companyDay, "年会"));
    }

    @Test
    void everySpecialDayNeedsAName() {
        assertThatThrownBy(() -> SpecialDay.holiday(LocalDate.parse("2026-10-01"), " "))
                .isInstanceOf(InvalidCalendarException.class);
    }
}
