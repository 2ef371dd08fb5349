package io.loopdesk.notification;

import io.loopdesk.notification.metrics.OutboxMetrics;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One delivery attempt: read the notification, hand it to its channel outside any transaction (a slow mail server
 * holds no database connection), then record the outcome and the log line in one transaction. A node that dies
 * between sending and recording sends again when the timer is revived: delivery is at least once. A notification
 * given up is published ({@link NotificationFailed}) with its log line, so the module that asked for it can act.
 */
@Component
class Deliveries {

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final NotificationRepository notifications;
    private final DeliveryAttemptRepository attempts;
    private final Map<NotificationChannel, NotificationSender> senders = new EnumMap<>(NotificationChannel.class);
    private final NotificationProperties properties;
    private final TransactionTemplate transactions;
    private final OutboxMetrics metrics;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Deliveries(
            NotificationRepository notifications,
            DeliveryAttemptRepository attempts,
            List<NotificationSender> senders,
            NotificationProperties properties,
            PlatformTransactionManager transactionManager,
            OutboxMetrics metrics,
            ApplicationEventPublisher events,
            Clock clock) {
        this.notifications = notifications;
        this.attempts = attempts;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.metrics = metrics;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Tries to deliver the notification once, if it is still pending.
     *
     * @return when to try again, or {@code null} when done (sent, given up, or nothing to do)
     */
    @Nullable
    Instant attempt(long notificationId) {
        Notification notification = transactions.execute(status -> notifications
                .findById(notificationId)
                .filter(Notification::isPending)
                .orElse(null));
        if (notification == null) {
            return null;
        }
        if (notification.notBefore().isAfter(clock.instant())) {
            return notification.notBefore();
        }
        NotificationSender sender = senders.get(notification.channel());
        try {
            String provider = sender.deliver(notification);
            record(notificationId, provider, null, false);
            return null;
        } catch (DeliveryFailedException e) {
            return record(
                    notificationId, notification.channel().name().toLowerCase(java.util.Locale.ROOT), e, e.retryable());
        } catch (RuntimeException e) {
            return record(
                    notificationId,
                    notification.channel().name().toLowerCase(java.util.Locale.ROOT),
                    new DeliveryFailedException(e.toString(), true),
                    true);
        }
    }

    private @Nullable Instant record(
            long notificationId, String provider, @Nullable DeliveryFailedException failure, boolean retryable) {
        return transactions.execute(status -> {
            Notification notification = notifications.findById(notificationId).orElseThrow();
            Instant now = clock.instant();
            if (failure == null) {
                attempts.save(notification.delivered(provider, now));
                if (notification.topic() != null) {
                    events.publishEvent(new NotificationDelivered(
                            notification.tenantId(),
                            notificationId,
                            notification.channel(),
                            notification.ticketNumber(),
                            notification.topic(),
                            now));
                }
                return null;
            }
            boolean again = notification.failed(failure.getMessage(), retryable, properties.maxAttempts());
            metrics.failed(notification.channel(), again);
            attempts.save(new DeliveryAttempt(
                    notification.tenantId(),
                    notificationId,
                    notification.attempts(),
                    provider,
                    again ? DeliveryAttempt.Outcome.FAILED : DeliveryAttempt.Outcome.GAVE_UP,
                    failure.getMessage(),
                    now));
            if (!again) {
                events.publishEvent(new NotificationFailed(
                        notification.tenantId(),
                        notificationId,
                        notification.channel(),
                        notification.address(),
                        notification.ticketNumber(),
                        failure.getMessage(),
                        notification.topic()));
                if (retryable) {
                    // the address stays out of the log (personal data); the delivery log has it
                    log.warn(
                            "Gave up notification {} after {} attempts: {}",
                            notificationId,
                            notification.attempts(),
                            failure.getMessage());
                } else {
                    // a channel that is not set up (no SMTP server) fails every time, an address the server refuses
                    // for good fails again: the delivery log says so
                    log.debug("Notification {} cannot be delivered: {}", notificationId, failure.getMessage());
                }
                return null;
            }
            Instant next = now.plus(properties.backoffAfter(notification.attempts()));
            notification.retryAt(next);
            log.info(
                    "Notification {} attempt {} failed ({}); next attempt at {}",
                    notificationId,
                    notification.attempts(),
                    failure.getMessage(),
                    next);
            return next;
        });
    }
}
