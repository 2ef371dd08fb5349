package io.loopdesk.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The SMS provider of a desk without an SMS gateway: writes each text message to the log and keeps the latest ones
 * in memory, so a developer or a demo can see what would have gone out. Sends nothing to any phone.
 */
@Component
@ConditionalOnProperty(name = "loopdesk.notification.sms.provider", havingValue = "logging", matchIfMissing = true)
public class LoggingSmsProvider implements SmsProvider {

    /** A text message this provider took. */
    public record LoggedSms(String mobile, String text, Instant at) {}

    private static final Logger log = LoggerFactory.getLogger(LoggingSmsProvider.class);
    private static final int KEPT = 200;

    private final Deque<LoggedSms> recent = new ArrayDeque<>();
    private final Clock clock;

    LoggingSmsProvider(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String name() {
        return "sms-log";
    }

    @Override
    public void send(String mobile, String text) {
        log.info("SMS to {}: {}", mobile, text);
        synchronized (recent) {
            recent.addLast(new LoggedSms(mobile, text, clock.instant()));
            if (recent.size() > KEPT) {
                recent.removeFirst();
            }
        }
    }

    /** The latest text messages, oldest first. */
    public List<LoggedSms> recent() {
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }
}
