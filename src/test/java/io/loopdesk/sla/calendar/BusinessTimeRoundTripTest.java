package io.loopdesk.sla.calendar;

import static io.loopdesk.sla.calendar.CalendarFixture.BERLIN;
import static io.loopdesk.sla.calendar.CalendarFixture.NEW_YORK;
import static io.loopdesk.sla.calendar.CalendarFixture.SHANGHAI;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code plus} and {@code between} agree, for many random starts (open or closed) and durations, over two years that
 * include every 2026 holiday and four clock changes. The seed is fixed, so a failure repeats.
 */
class BusinessTimeRoundTripTest {

    private static final long SEED = 20_261_123L;
    private static final int SAMPLES = 2_000;
    private static final Instant FIRST = Instant.parse("2025-06-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.ofDays(730).toSeconds();
    private static final long MAX_MILLIS = Duration.ofHours(300).toMillis();

    static Stream<Arguments> calendars() {
        return Stream.of(
                Arguments.of("China 5×8", CalendarFixture.chinaFiveByEight()),
                Arguments.of("China 7×12", CalendarFixture.chinaSevenByTwelve()),
                Arguments.of(
                        "Berlin 5×8 with lunch", new BusinessCalendar(BERLIN, WeeklyHours.fiveByEightWithLunchBreak())),
                Arguments.of("Berlin nights", CalendarFixture.everyDay(BERLIN, "01:00-03:30, 04:00-05:00")),
                Arguments.of("Berlin 24×7", new BusinessCalendar(BERLIN, WeeklyHours.twentyFourSeven())),
                Arguments.of("New York nights", CalendarFixture.everyDay(NEW_YORK, "00:30-02:30, 22:00-24:00")),
                Arguments.of("Shanghai 24×7", new BusinessCalendar(SHANGHAI, WeeklyHours.twentyFourSeven())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void theBusinessTimeBetweenAStartAndItsDueTimeIsTheTimeAdded(String name, BusinessCalendar calendar) {
        Random random = new Random(SEED);
        for (int i = 0; i < SAMPLES; i++) {
            Instant start = randomInstant(random);
            Duration added = Duration.ofMillis(1 + random.nextLong(MAX_MILLIS)).plusNanos(random.nextInt(1_000_000));

            Instant due = calendar.plus(start, added);

            assertThat(calendar.between(start, due))
                    .as("from %s plus %s", start, added)
                    .isEqualTo(added);
            assertThat(calendar.between(due, start)).isEqualTo(added.negated());
            assertThat(calendar.between(start, due.minusNanos(1)))
                    .as("%s is the earliest due time", due)
                    .isLessThan(added);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void businessTimeAddsUpAcrossAnyPointInBetween(String name, BusinessCalendar calendar) {
        Random random = new Random(SEED);
        for (int i = 0; i < SAMPLES; i++) {
            Instant a = randomInstant(random);
            Instant b = a.plusSeconds(random.nextLong(Duration.ofDays(20).toSeconds()));
            Instant c = b.plusSeconds(random.nextLong(Duration.ofDays(20).toSeconds()));

            assertThat(calendar.between(a, b).plus(calendar.between(b, c)))
                    .as("%s, %s, %s", a, b, c)
                    .isEqualTo(calendar.between(a, c));
            assertThat(calendar.between(a, b)).isLessThanOrEqualTo(Duration.between(a, b));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("calendars")
    void addingInTwoStepsLandsWhereAddingAtOnceDoes(String name, BusinessCalendar calendar) {
        Random random = new Random(SEED);
        for (int i = 0; i < SAMPLES; i++) {
            Instant start = randomInstant(random);
            Duration first = Duration.ofMinutes(random.nextLong(6_000));
            Duration second = Duration.ofMinutes(random.nextLong(6_000));

            assertThat(calendar.plus(calendar.plus(start, first), second))
                    .as("from %s plus %s plus %s", start, first, second)
                    .isEqualTo(calendar.plus(start, first.plus(second)));
        }
    }

    private static Instant randomInstant(Random random) {
        return FIRST.plusSeconds(random.nextLong(SPAN_SECONDS)).plusNanos(random.nextInt(1_000_000_000));
    }
}
