package io.loopdesk.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * How far a notification's delivery got, e.g. for a page that lists e-mails a module sent.
 *
 * @param nextAttemptAt when it is tried (again); {@code null} once it is sent or given up
 * @param lastError what the last failed attempt met; {@code null} once it is sent
 */
public record DeliveryState(
        long notificationId,
        NotificationStatus status,
        int attempts,
        @Nullable Instant nextAttemptAt,
        @Nullable Instant sentAt,
        @Nullable String lastError) {}
