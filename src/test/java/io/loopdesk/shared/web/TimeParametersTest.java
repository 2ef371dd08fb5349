package io.loopdesk.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.loopdesk.shared.DomainException;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One rule for every date and time parameter, read on the wall clock of the reader's tenant. */
class TimeParametersTest {

    private final TimeParameters newYork = new TimeParameters(() -> ZoneId.of("America/New_York"));
    private final TimeParameters shanghai = new TimeParameters(() -> ZoneId.of("Asia/Shanghai"));

    @Test
    void aDateIsAWholeDayOfTheReadersZone() {
        assertThat(newYork.from("from", "2026-11-23")).isEqualTo(Instant.parse("2026-11-23T05:00:00Z"));
        assertThat(newYork.to("to", "2026-11-23")).isEqualTo(Instant.parse("2026-11-24T05:00:00Z"));
        assertThat(shanghai.from("from", "2026-11-23")).isEqualTo(Instant.parse("2026-11-22T16:00:00Z"));
        assertThat(shanghai.to("to", "2026-11-23")).isEqualTo(Instant.parse("2026-11-23T16:00:00Z"));
    }

    @Test
    void aDayWhenTheClocksChangeHasItsOwnLength() {
        // New York falls back on 1 November 2026: that day lasts 25 hours
        assertThat(newYork.from("from", "2026-11-01")).isEqualTo(Instant.parse("2026-11-01T04:00:00Z"));
        assertThat(newYork.to("to", "2026-11-01")).isEqualTo(Instant.parse("2026-11-02T05:00:00Z"));
    }

    @Test
    void anInstantIsTakenAsGivenWhoeverReadsIt() {
        for (TimeParameters reader : new TimeParameters[] {newYork, shanghai}) {
            assertThat(reader.from("from", "2026-11-23T01:30:00Z")).isEqualTo(Instant.parse("2026-11-23T01:30:00Z"));
            assertThat(reader.to("to", "2026-11-23T09:30+08:00")).isEqualTo(Instant.parse("2026-11-23T01:30:00Z"));
            assertThat(reader.at("at", "2026-11-23T09:30:00+08:00[Asia/Shanghai]"))
                    .isEqualTo(Instant.parse("2026-11-23T01:30:00Z"));
        }
    }

    @Test
    void aDateAndTimeWithoutOffsetIsTheReadersWallClock() {
        assertThat(newYork.at("estimatedCompletionAt", "2026-11-23T09:30"))
                .isEqualTo(Instant.parse("2026-11-23T14:30:00Z"));
        assertThat(shanghai.at("estimatedCompletionAt", "2026-11-23 09:30"))
                .isEqualTo(Instant.parse("2026-11-23T01:30:00Z"));
    }

    @Test
    void nothingGivenMeansNoBound() {
        assertThat(newYork.from("from", null)).isNull();
        assertThat(newYork.to("to", "  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"yesterday", "2026-02-30", "23.11.2026", "2026-11-23T25:00", "1763861400", "2026-11"})
    void anythingElseIsRefusedNamingTheParameter(String value) {
        assertThatThrownBy(() -> newYork.from("createdFrom", value))
                .isInstanceOf(InvalidTimeParameterException.class)
                .hasMessageStartingWith("createdFrom must be a date")
                .hasMessageContaining(value)
                .satisfies(e -> {
                    DomainException refused = (DomainException) e;
                    assertThat(refused.kind()).isEqualTo(DomainException.Kind.INVALID);
                    assertThat(refused.problems())
                            .singleElement()
                            .satisfies(p -> assertThat(p.field()).isEqualTo("createdFrom"));
                });
    }
}
