package io.loopdesk.intake.mail;

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
 * The e-mail reply outbox as the operator watches it (read only): replies waiting to go out, those of them whose
 * SMTP server refused them at least once, and how long the oldest pending reply has waited since it was written.
 * Read through the index on {@code (status, next_attempt_at)}, over the pending rows only.
 */
@Component
class MailOutboxMetrics {

    private record Backlog(long pending, long retrying, Duration oldest) {}

    MailOutboxMetrics(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
        CachedReading<Backlog> backlog = CachedReading.of(() -> {
            Instant now = clock.instant();
            return jdbc.sql("select count(*), count(case when attempts > 0 then 1 end), min(created_at)"
                            + " from mail_outbox where status = 'PENDING'")
                    .query((rs, row) -> {
                        OffsetDateTime oldest = rs.getObject(3, OffsetDateTime.class);
                        return new Backlog(rs.getLong(1), rs.getLong(2), Elapsed.since(oldest, now));
                    })
                    .single();
        });
        Gauge.builder("loopdesk.mail.outbox.pending", backlog, b -> b.get().pending())
                .description("E-mail replies waiting to be sent")
                .strongReference(true)
                .register(meters);
        Gauge.builder("loopdesk.mail.outbox.retrying", backlog, b -> b.get().retrying())
                .description("E-mail replies waiting after their SMTP server refused them at least once")
                .strongReference(true)
                .register(meters);
        Gauge.builder(
                        "loopdesk.mail.outbox.oldest",
                        backlog,
                        b -> Elapsed.seconds(b.get().oldest()))
                .description("How long the oldest waiting e-mail reply has waited since it was written")
                .baseUnit("seconds")
                .strongReference(true)
                .register(meters);
    }
}
