package io.loopdesk.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** China's public holidays are data, a file per year, checked as Loopdesk starts. */
class PublicHolidaysTest {

    private static final PublicHolidays SHIPPED = PublicHolidays.shipped();
    private static final List<SpecialDay> DAYS_2026 =
            SHIPPED.year(PublicHolidays.CHINA, 2026).orElseThrow().days();

    @Test
    void theStateCouncilGave33DaysOffForSevenHolidaysIn2026() {
        Map<String, Long> daysOff = DAYS_2026.stream()
                .filter(day -> day.kind() == SpecialDay.Kind.HOLIDAY)
                .collect(Collectors.groupingBy(SpecialDay::name, Collectors.counting()));

        assertThat(daysOff)
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("元旦", 3L, "春节", 9L, "清明节", 3L, "劳动节", 5L, "端午节", 3L, "中秋节", 3L, "国庆节", 7L));
    }

    @Test
    void sixWeekendDaysWereWorkedToMakeUpForThem() {
        List<SpecialDay> makeUpDays = DAYS_2026.stream()
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
    void nationalDayRanFromTheFirstToTheSeventhOfOctober2026() {
        HolidaySchedule year = SHIPPED.year(PublicHolidays.CHINA, 2026).orElseThrow();

        assertThat(year.on(LocalDate.parse("2026-10-01")))
                .contains(SpecialDay.holiday(LocalDate.parse("2026-10-01"), "国庆节"));
        assertThat(year.on(LocalDate.parse("2026-10-07"))).isPresent();
        assertThat(year.on(LocalDate.parse("2026-10-08"))).isEmpty();
    }

    @Test
    void aYearWithoutAFileHasNoHolidaysRatherThanGuessedOnes() {
        int after = SHIPPED.years(PublicHolidays.CHINA).last() + 1;

        assertThat(SHIPPED.year(PublicHolidays.CHINA, after)).isEmpty();
        assertThat(SHIPPED.all(PublicHolidays.CHINA).days())
                .noneMatch(day -> day.date().getYear() >= after);
        assertThat(SHIPPED.years("DE")).isEmpty();
    }

    @Test
    void everyYearTogetherMakesTheDefaultScheduleAndALaterFolderAddsOrCorrectsAYear(@TempDir Path folder)
            throws IOException {
        // made-up days, for the mechanism only
        write(folder, "CN-2030.csv", "2030-01-01,元旦,HOLIDAY\n");
        write(folder, "CN-2026.csv", "2026-10-01,国庆节（更正）,HOLIDAY\n");

        PublicHolidays data = load("classpath*:sla/holidays/*.csv", "file:" + folder + "/*.csv");

        assertThat(data.years(PublicHolidays.CHINA)).contains(2026, 2030);
        assertThat(data.year(PublicHolidays.CHINA, 2026).orElseThrow().days())
                .as("the later location's file replaces the shipped one of the same year")
                .containsExactly(SpecialDay.holiday(LocalDate.parse("2026-10-01"), "国庆节（更正）"));
        assertThat(data.all(PublicHolidays.CHINA).on(LocalDate.parse("2030-01-01")))
                .isPresent();
    }

    @Test
    void aMisnamedOrWrongFileStopsTheStartNamingTheFileAndTheLine(@TempDir Path folder) throws IOException {
        write(folder, "china-2027.csv", "2027-01-01,元旦,HOLIDAY\n");
        assertThatThrownBy(() -> load("file:" + folder + "/*.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("china-2027.csv")
                .hasMessageContaining("REGION-YEAR.csv");

        Files.delete(folder.resolve("china-2027.csv"));
        write(folder, "CN-2027.csv", "2026-01-01,元旦,HOLIDAY\n");
        assertThatThrownBy(() -> load("file:" + folder + "/*.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CN-2027.csv")
                .hasMessageContaining("2026, not 2027");

        write(folder, "CN-2027.csv", "2027-01-01,元旦,HOLIDAY\n2027-01-02,元旦,SOMETIMES\n");
        assertThatThrownBy(() -> load("file:" + folder + "/*.csv"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CN-2027.csv")
                .hasMessageContaining("Line 2");
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
                CalendarFixture.CHINA_2026.and(HolidaySchedule.of(List.of(SpecialDay.holiday(companyDay, "年会"))));

        assertThat(schedule.days())
                .hasSize(DAYS_2026.size() + 1)
                .last()
                .isEqualTo(SpecialDay.holiday(companyDay, "年会"));
    }

    @Test
    void everySpecialDayNeedsAName() {
        assertThatThrownBy(() -> SpecialDay.holiday(LocalDate.parse("2026-10-01"), " "))
                .isInstanceOf(InvalidCalendarException.class);
    }

    private static PublicHolidays load(String... locations) {
        return PublicHolidays.load(new PathMatchingResourcePatternResolver(), List.of(locations));
    }

    private static void write(Path folder, String name, String text) throws IOException {
        Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
    }
}
