package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.web.TimeParameters;
import io.loopdesk.ticket.custom.FieldReport;
import io.loopdesk.ticket.custom.FieldSummary;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The field report for the period a page or an API call names in dates, by default the last 30 days up to now. */
@Component
class FieldReportPeriod {

    private static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private final FieldReport report;
    private final TimeParameters times;
    private final Clock clock;

    FieldReportPeriod(FieldReport report, TimeParameters times, Clock clock) {
        this.report = report;
        this.times = times;
        this.clock = clock;
    }

    FieldSummary summary(String key, @Nullable String from, @Nullable String to, Actor actor) {
        Instant end = times.to("to", to);
        // up to now, the tickets registered this very moment included
        Instant until = end == null ? clock.instant().plusMillis(1) : end;
        Instant start = times.from("from", from);
        return report.of(key, start == null ? until.minus(DEFAULT_PERIOD) : start, until, actor);
    }
}
