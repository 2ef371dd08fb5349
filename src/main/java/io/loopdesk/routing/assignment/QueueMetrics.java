package io.loopdesk.routing.assignment;

import io.loopdesk.shared.CachedReading;
import io.loopdesk.shared.Elapsed;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The assignment queue as the operator watches it: how many tickets wait for an agent, and how long the oldest has
 * waited. The queue holds only waiting tickets (an assigned one leaves it), so counting it reads what waits, not
 * every ticket. The same figures on every node: Prometheus takes the maximum, not the sum.
 */
@Component
class QueueMetrics {

    private record Waiting(long tickets, Duration oldest) {}

    QueueMetrics(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        CachedReading<Waiting> waiting = CachedReading.of(() -> {
            Instant now = clock.instant();
            return jdbc.sql("select count(*), min(enqueued_at) from routing_queue")
                    .query((rs, row) -> {
                        OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
                        return new Waiting(rs.getLong(1), Elapsed.since(oldest, now));
                    })
                    .single();
        });
        Gauge.builder("loopdesk.routing.queue.depth", waiting, w -> w.get().tickets())
                .description("Tickets waiting in the assignment queue for an agent")
                .strongReference(true)
                .register(meters);
        Gauge.builder(
                        "loopdesk.routing.queue.oldest.wait",
                        waiting,
                        w -> Elapsed.seconds(w.get().oldest()))
                .description("How long the longest-waiting ticket of the queue has waited")
                .baseUnit("seconds")
                .strongReference(true)
                .register(meters);
    }
}
