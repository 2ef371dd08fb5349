package io.loopdesk.routing.incident;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.routing.SurgeRule;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When one node asks the database for a category's volume: rarely, however many tickets arrive. */
class VolumeGaugeTest {

    private static final SurgeRule RULE = new SurgeRule(60, 3.0, 10);
    private static final Instant START = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void aStormOfAThousandTicketsASecondIsCountedAboutOnceAMinute() {
        VolumeGauge gauge = new VolumeGauge();
        int counts = 0;
        long inWindow = 0;
        // ten minutes of a thousand tickets a second over a quiet baseline
        for (int ticket = 0; ticket < 600_000; ticket++) {
            Instant now = START.plusMillis(ticket);
            inWindow++;
            if (gauge.arrived(now, RULE)) {
                counts++;
                gauge.baseline(gauge.needsBaseline(now) ? 0.0 : null, now);
                gauge.counted(Math.min(inWindow, RULE.threshold(0)), now);
            }
        }

        // the first ticket, the early count as the tenth arrives, then once a minute
        assertThat(counts).isBetween(10, 13);
    }

    @Test
    void aVolumeCreepingUpIsCountedAsItReachesTheThresholdNotOnEveryTicket() {
        VolumeGauge gauge = new VolumeGauge();
        Instant now = START;
        assertThat(gauge.arrived(now, RULE)).isTrue();
        gauge.baseline(0.0, now);
        gauge.counted(1, now);

        int counts = 0;
        for (int ticket = 2; ticket <= 9; ticket++) {
            counts += gauge.arrived(now.plusSeconds(ticket), RULE) ? 1 : 0;
        }
        assertThat(counts).as("eight more tickets cannot make ten").isZero();
        assertThat(gauge.arrived(now.plusSeconds(10), RULE))
                .as("the tenth could")
                .isTrue();
    }

    @Test
    void whileOneThreadCountsTheOthersGoOnAndAFailedCountIsTriedAgain() {
        VolumeGauge gauge = new VolumeGauge();
        assertThat(gauge.arrived(START, RULE)).isTrue();
        assertThat(gauge.arrived(START, RULE)).isFalse();

        gauge.failed();
        assertThat(gauge.arrived(START.plusSeconds(1), RULE)).isTrue();
    }

    @Test
    void theBaselineIsReadAtMostOnceAnHour() {
        VolumeGauge gauge = new VolumeGauge();
        assertThat(gauge.needsBaseline(START)).isTrue();
        assertThat(gauge.baseline(4.5, START)).isEqualTo(4.5);

        assertThat(gauge.needsBaseline(START.plus(Duration.ofMinutes(59)))).isFalse();
        assertThat(gauge.baseline(null, START.plus(Duration.ofMinutes(59)))).isEqualTo(4.5);
        assertThat(gauge.needsBaseline(START.plus(Duration.ofHours(1)))).isTrue();
    }
}
