package io.loopdesk.notification.metrics;

import io.loopdesk.notification.NotificationChannel;
import io.loopdesk.shared.AfterCommit;
import io.loopdesk.shared.CachedReading;
import io.loopdesk.shared.Elapsed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The notification outbox as the operator watches it: how many notifications wait for delivery, how long the
 * oldest has been due (a mail server that is down shows here first), and failed attempts by channel and outcome
 * ({@code retry}: tried again later, {@code gave_up}: given up). The backlog is read through the index on
 * {@code (status, not_before)}, over the pending rows only.
 */
@Component
public class OutboxMetrics {

    private record Backlog(long pending, Duration oldestDue) {}

    private final MeterRegistry meters;
    private final Map<String, Counter> failures = new ConcurrentHashMap<>();

    OutboxMetrics(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        this.meters = meters;
        CachedReading<Backlog> backlog = CachedReading.of(() -> {
            Instant now = clock.instant();
            return jdbc.sql("select count(*), min(not_before) from notification where status = 'PENDING'")
                    .query((rs, row) -> {
                        OffsetDateTime oldest = rs.getObject(2, OffsetDateTime.class);
                        return new Backlog(rs.getLong(1), Elapsed.since(oldest, now));
                    })
                    .single();
        });
        Gauge.builder("loopdesk.notifications.pending", backlog, b -> b.get().pending())
                .description("Notifications waiting for their first or next delivery attempt")
                .strongReference(true)
                .register(meters);
        Gauge.builder(
                        "loopdesk.notifications.oldest.due",
                        backlog,
                        b -> Elapsed.seconds(b.get().oldestDue()))
                .description("How long the oldest pending notification has been due (0 when none is)")
                .baseUnit("seconds")
                .strongReference(true)
                .register(meters);
    }

    /** A failed attempt, counted once its outcome is recorded. */
    public void failed(NotificationChannel channel, boolean willRetry) {
        String outcome = willRetry ? "retry" : "gave_up";
        Counter counter = failures.computeIfAbsent(
                channel + " " + outcome,
                k -> Counter.builder("loopdesk.notifications.failures")
                        .description("Failed delivery attempts, by channel and whether they are tried again")
                        .tag("channel", channel.name().toLowerCase(Locale.ROOT))
                        .tag("outcome", outcome)
                        .register(meters));
        AfterCommit.inline(counter::increment);
    }
}
