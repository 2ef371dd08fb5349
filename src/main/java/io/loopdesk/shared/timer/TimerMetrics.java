package io.loopdesk.shared.timer;

import io.loopdesk.shared.CachedReading;
import io.loopdesk.shared.Elapsed;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * How far behind the timers are: how many are due and not taken by a node, and how late the oldest of them is.
 * With nodes running, the lag stays below the polling interval; a growing lag means timers (SLA warnings and
 * breaches, auto-close, notification deliveries) fire late. One query on the due end of the execution-time index:
 * its cost follows what is due, never the number of timers waiting.
 */
@Component
class TimerMetrics {

    private record Due(long count, Duration lag) {}

    TimerMetrics(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        CachedReading<Due> due = CachedReading.of(() -> {
            Instant now = clock.instant();
            return jdbc.sql("select count(*), min(execution_time) from scheduled_tasks"
                            + " where picked = false and execution_time <= ?")
                    .param(Timestamp.from(now))
                    .query((rs, row) -> {
                        OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
                        return new Due(rs.getLong(1), Elapsed.since(oldest, now));
                    })
                    .single();
        });
        Gauge.builder("loopdesk.timers.due", due, d -> d.get().count())
                .description("Timers due and not yet taken by any node")
                .strongReference(true)
                .register(meters);
        Gauge.builder("loopdesk.timers.lag", due, d -> Elapsed.seconds(d.get().lag()))
                .description("How late the oldest due timer is (0 when none is due)")
                .baseUnit("seconds")
                .strongReference(true)
                .register(meters);
    }
}
