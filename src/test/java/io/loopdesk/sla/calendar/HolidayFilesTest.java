package io.loopdesk.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.shared.FieldProblem;
import io.loopdesk.sla.SlaValidationException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A year of holidays comes as CSV or iCalendar; a file with any wrong line is refused whole, each wrong line named.
 * The days here are made up to show the rules; Loopdesk's real data is in {@code sla/holidays}.
 */
class HolidayFilesTest {

    @Test
    void aCsvFileListsOneDayPerLineWithCommentsAHeaderAndQuotedNames() {
        HolidayYear year = read("""
                \uFEFF# a company's own days
                date,name,kind
                2030-10-01,"国庆节,中秋节",HOLIDAY

                2030-09-29,国庆节,make_up_workday
                2030-12-31 , 年会 , OFF
                """);

        assertThat(year.year()).isEqualTo(2030);
        assertThat(year.schedule().days())
                .containsExactly(
                        SpecialDay.makeUpWorkday(LocalDate.parse("2030-09-29"), "国庆节"),
                        SpecialDay.holiday(LocalDate.parse("2030-10-01"), "国庆节,中秋节"),
                        SpecialDay.holiday(LocalDate.parse("2030-12-31"), "年会"));
    }

    @Test
    void aSpreadsheetSavedInChineseWindowsEncodingReadsToo() {
        byte[] gbk = "2030-01-01,元旦,HOLIDAY\n".getBytes(Charset.forName("GB18030"));

        assertThat(HolidayYear.read(gbk).schedule().days())
                .containsExactly(SpecialDay.holiday(LocalDate.parse("2030-01-01"), "元旦"));
    }

    @Test
    void aYearMayBeginInTheDecemberBefore() {
        // as 2019's did: New Year off from 30 December 2018, 29 December worked
        HolidayYear year = read("""
                2029-12-29,元旦,MAKE_UP_WORKDAY
                2029-12-30,元旦,HOLIDAY
                2030-01-01,元旦,HOLIDAY
                2030-02-03,春节,HOLIDAY
                """);

        assertThat(year.year()).isEqualTo(2030);
        assertThat(year.schedule().days()).hasSize(4);
    }

    @Test
    void everyWrongLineIsNamedAndNothingIsRead() {
        assertThatThrownBy(() -> read("""
                        date,name,kind
                        2030-01-01,元旦,HOLIDAY
                        2030-02-30,春节,HOLIDAY
                        2030-02-03,春节,SOMETIMES
                        2030-02-04,,HOLIDAY
                        2030-02-05 春节 HOLIDAY
                        2030-01-01,元旦,HOLIDAY
                        2031-05-01,劳动节,HOLIDAY
                        2030-06-01,儿童节,HOLIDAY
                        """))
                .isInstanceOfSatisfying(
                        SlaValidationException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(FieldProblem::field, FieldProblem::code)
                                .containsExactly(
                                        tuple("line 3", "sla.holidays.line.date"),
                                        tuple("line 4", "sla.holidays.line.kind"),
                                        tuple("line 5", "sla.holidays.line.name"),
                                        tuple("line 6", "sla.holidays.line.columns"),
                                        tuple("line 7", "sla.holidays.line.twice"),
                                        tuple("line 8", "sla.holidays.line.year")));
    }

    @Test
    void anEmptyOrHugeFileIsRefused() {
        assertThatThrownBy(() -> read("# nothing but a comment\n"))
                .isInstanceOfSatisfying(
                        SlaValidationException.class,
                        refused ->
                                assertThat(refused.problems().getFirst().code()).isEqualTo("sla.holidays.file.empty"));
        assertThatThrownBy(() -> HolidayYear.read(new byte[HolidayYear.MAX_BYTES + 1]))
                .isInstanceOfSatisfying(
                        SlaValidationException.class,
                        refused -> assertThat(refused.problems().getFirst().code())
                                .isEqualTo("sla.holidays.file.too-large"));
    }

    @Test
    void aFileOfManyWrongLinesListsTheFirstTwentyAndCountsTheRest() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            text.append("not a date,假,HOLIDAY\n");
        }

        assertThatThrownBy(() -> read(text.toString()))
                .isInstanceOfSatisfying(SlaValidationException.class, refused -> {
                    assertThat(refused.problems()).hasSize(HolidayYear.MAX_PROBLEMS + 1);
                    assertThat(refused.problems().getLast().args()).containsExactly(10);
                });
    }

    @Test
    void anICalendarFileGivesADayPerDayOfEachAllDayEvent() {
        HolidayYear year = read("""
                BEGIN:VCALENDAR
                VERSION:2.0
                X-WR-CALNAME:中国法定节假日
                BEGIN:VEVENT
                SUMMARY:春节假期
                DTSTART;VALUE=DATE:20300202
                DTEND;VALUE=DATE:20300205
                UID:a
                BEGIN:VALARM
                TRIGGER:-PT15M
                SUMMARY:ignored
                END:VALARM
                END:VEVENT
                BEGIN:VEVENT
                SUMMARY:上班(补春节假
                 期)
                DTSTART;VALUE=DATE:20300209
                END:VEVENT
                BEGIN:VEVENT
                SUMMARY:国庆节 补班
                CATEGORIES:HOLIDAY
                DTSTART;VALUE=DATE:20300928
                DTEND;VALUE=DATE:20300929
                END:VEVENT
                BEGIN:VEVENT
                SUMMARY:Company day\\, all offices
                CATEGORIES:HOLIDAY
                DTSTART;VALUE=DATE:20301231
                END:VEVENT
                END:VCALENDAR
                """);

        assertThat(year.year()).isEqualTo(2030);
        assertThat(year.schedule().days())
                .containsExactly(
                        SpecialDay.holiday(LocalDate.parse("2030-02-02"), "春节假期"),
                        SpecialDay.holiday(LocalDate.parse("2030-02-03"), "春节假期"),
                        SpecialDay.holiday(LocalDate.parse("2030-02-04"), "春节假期"),
                        SpecialDay.makeUpWorkday(LocalDate.parse("2030-02-09"), "上班(补春节假期)"),
                        SpecialDay.makeUpWorkday(LocalDate.parse("2030-09-28"), "国庆节 补班"),
                        SpecialDay.holiday(LocalDate.parse("2030-12-31"), "Company day, all offices"));
    }

    @Test
    void anICalendarEventThatRepeatsOrHasNoDateIsNamedByItsLine() {
        assertThatThrownBy(() -> read("""
                        BEGIN:VCALENDAR
                        BEGIN:VEVENT
                        SUMMARY:元旦
                        DTSTART;VALUE=DATE:20300101
                        RRULE:FREQ=YEARLY
                        END:VEVENT
                        BEGIN:VEVENT
                        SUMMARY:春节
                        END:VEVENT
                        BEGIN:VEVENT
                        SUMMARY:国庆节
                        DTSTART;VALUE=DATE:20301001
                        DTEND;VALUE=DATE:20300901
                        END:VEVENT
                        END:VCALENDAR
                        """))
                .isInstanceOfSatisfying(
                        SlaValidationException.class,
                        refused -> assertThat(refused.problems())
                                .extracting(FieldProblem::field, FieldProblem::code)
                                .containsExactly(
                                        tuple("line 5", "sla.holidays.line.repeating"),
                                        tuple("line 7", "sla.holidays.line.date"),
                                        tuple("line 13", "sla.holidays.line.range")));
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static HolidayYear read(String text) {
        return HolidayYear.read(text.getBytes(StandardCharsets.UTF_8));
    }
}
