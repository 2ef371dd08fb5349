package io.loopdesk.intake.mail;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The e-mail channel's health for the Prometheus endpoint: {@code loopdesk.mailboxes.failing}, the enabled
 * mailboxes that cannot be read now (all tenants, read from the database at each scrape, so every node reports the
 * same), and {@code loopdesk.mail.received}, the mails this node read, by what became of them.
 */
@Component
class MailMetrics {

    private final Map<InboundOutcome, Counter> received = new EnumMap<>(InboundOutcome.class);

    MailMetrics(MeterRegistry meters, JdbcClient jdbc) {
        Gauge.builder("loopdesk.mailboxes.failing", () -> failing(jdbc))
                .description("Enabled mailboxes that cannot be read now")
                .register(meters);
        for (InboundOutcome outcome : InboundOutcome.values()) {
            received.put(
                    outcome,
                    Counter.builder("loopdesk.mail.received")
                            .description("Mails read from support mailboxes, by what became of them")
                            .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                            .register(meters));
        }
    }

    void received(InboundOutcome outcome) {
        received.get(outcome).increment();
    }

    /** A count over the mailbox table (a row per support mailbox); NaN (no value) when the database cannot say. */
    private static double failing(JdbcClient jdbc) {
        try {
            return jdbc.sql("select count(*) from mailbox where enabled = true and status = 'FAILING'")
                    .query(Long.class)
                    .single();
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }
}
