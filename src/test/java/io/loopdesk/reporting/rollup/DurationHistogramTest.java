package io.loopdesk.reporting.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Histograms merge, subtract and round-trip exactly, and give the percentiles of the durations they hold. */
class DurationHistogramTest {

    @Test
    void percentilesAreThoseOfTheDurationsRoundedToThreeDigits() {
        Random random = new Random(17);
        List<Long> durations = new ArrayList<>();
        DurationHistogram histogram = new DurationHistogram();
        for (int i = 0; i < 5_000; i++) {
            long seconds = (long) Math.exp(random.nextDouble() * 13);
            durations.add(DurationHistogram.rounded(seconds));
            histogram.add(seconds, 1);
        }
        Collections.sort(durations);
        assertThat(histogram.total()).isEqualTo(5_000);
        assertThat(histogram.percentile(0.5)).isEqualTo(durations.get(2_499));
        assertThat(histogram.percentile(0.9)).isEqualTo(durations.get(4_499));
        assertThat(histogram.percentile(1.0)).isEqualTo(durations.getLast());
        assertThat(DurationHistogram.rounded(1_234)).isEqualTo(1_240);
        assertThat(DurationHistogram.rounded(999)).isEqualTo(999);
    }

    @Test
    void mergingThenSubtractingLeavesWhatWasThereAndBytesRoundTrip() {
        Random random = new Random(42);
        DurationHistogram day = new DurationHistogram();
        DurationHistogram other = new DurationHistogram();
        for (int i = 0; i < 2_000; i++) {
            day.add(random.nextInt(200_000), 1);
            other.add(random.nextInt(5_000), 1 + random.nextInt(3));
        }
        DurationHistogram copy = DurationHistogram.fromBytes(day.toBytes());
        assertThat(copy).isEqualTo(day).hasSameHashCodeAs(day);

        copy.merge(other);
        assertThat(copy.total()).isEqualTo(day.total() + other.total());
        copy.subtract(other);
        assertThat(copy).isEqualTo(day);

        DurationHistogram empty = new DurationHistogram();
        empty.merge(day);
        empty.subtract(day);
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.percentile(0.5)).isEqualTo(-1);

        DurationHistogram negative = new DurationHistogram();
        negative.subtract(other);
        assertThat(DurationHistogram.fromBytes(negative.toBytes())).isEqualTo(negative);
        negative.add(100, 0);
        assertThat(negative.total()).isEqualTo(-other.total());
    }

    @Test
    void aYearOfDaysMergedEqualsEveryDurationAddedOnce() {
        Random random = new Random(7);
        DurationHistogram year = new DurationHistogram();
        DurationHistogram direct = new DurationHistogram();
        for (int day = 0; day < 365; day++) {
            DurationHistogram one = new DurationHistogram();
            for (int i = 0; i < 40; i++) {
                long seconds = random.nextInt(day < 300 ? 50_000 : 5_000_000);
                one.add(seconds, 1);
                direct.add(seconds, 1);
            }
            year.merge(one);
            if (day == 200) {
                // read halfway through, then merged into again
                assertThat(year.total()).isEqualTo(201 * 40);
            }
        }
        assertThat(year).isEqualTo(direct).hasSameHashCodeAs(direct);
        assertThat(year.percentile(0.5)).isEqualTo(direct.percentile(0.5));
        assertThat(year.percentile(0.9)).isEqualTo(direct.percentile(0.9));
        assertThat(DurationHistogram.fromBytes(year.toBytes())).isEqualTo(direct);
        year.subtract(direct);
        assertThat(year.isEmpty()).isTrue();
    }
}
