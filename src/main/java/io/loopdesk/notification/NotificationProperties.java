package io.loopdesk.notification;

import java.net.URI;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code loopdesk.notification.*}.
 *
 * @param mailFrom the sender of every e-mail
 * @param smtpConnections how many connections to the SMTP server a node keeps open at most (each reused across
 *     e-mails, closed after 30 to 40 s idle)
 * @param maxAttempts attempts before a notification is given up as failed
 * @param retryDelay the wait after the first failed attempt; each further failure multiplies it by
 *     {@code retryMultiplier}, up to {@code maxRetryDelay}
 * @param inboxSize how many in-app notifications the list shows
 * @param sms which SMS provider sends text messages
 * @param webhook how webhooks are posted
 */
@ConfigurationProperties("loopdesk.notification")
public record NotificationProperties(
        @DefaultValue("loopdesk@localhost") String mailFrom,
        @DefaultValue("4") int smtpConnections,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration retryDelay,
        @DefaultValue("2.0") double retryMultiplier,
        @DefaultValue("6h") Duration maxRetryDelay,
        @DefaultValue("50") int inboxSize,
        @DefaultValue Sms sms,
        @DefaultValue Webhook webhook) {

    public NotificationProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("loopdesk.notification.max-attempts must be at least 1");
        }
        if (smtpConnections < 1) {
            throw new IllegalArgumentException("loopdesk.notification.smtp-connections must be at least 1");
        }
        if (retryDelay.isNegative() || retryDelay.isZero() || retryMultiplier < 1.0) {
            throw new IllegalArgumentException(
                    "loopdesk.notification.retry-delay must be positive and retry-multiplier at least 1");
        }
    }

    /** The wait before attempt {@code attempt + 1}, after {@code attempt} failed ones. */
    public Duration backoffAfter(int attempt) {
        double factor = Math.pow(retryMultiplier, Math.max(0, attempt - 1));
        double millis = Math.min(retryDelay.toMillis() * factor, maxRetryDelay.toMillis());
        return Duration.ofMillis((long) millis);
    }

    /**
     * {@code loopdesk.notification.sms.*}.
     *
     * @param provider {@code logging} (writes each text message to the log and keeps the latest in memory) or
     *     {@code http} (posts it to {@code url})
     * @param url the HTTP provider's endpoint; it receives {@code {"to": "...", "text": "..."}} as JSON
     * @param token sent as {@code Authorization: Bearer <token>} when set
     * @param timeout how long the HTTP provider may take
     */
    public record Sms(
            @DefaultValue("logging") String provider,
            @Nullable URI url,
            @Nullable String token,
            @DefaultValue("10s") Duration timeout) {}

    /**
     * {@code loopdesk.notification.webhook.*}.
     *
     * @param timeout how long an endpoint may take to answer
     * @param allowPrivateNetwork whether endpoints may be on this machine or the private network (loopback,
     *     10/8, 172.16/12, 192.168/16, link-local, unique-local IPv6): off, a tenant admin cannot make Loopdesk
     *     post into the network it runs in; on for a single-company installation whose app backend is internal
     */
    public record Webhook(
            @DefaultValue("10s") Duration timeout,
            @DefaultValue("false") boolean allowPrivateNetwork) {}
}
