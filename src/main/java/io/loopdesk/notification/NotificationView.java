package io.loopdesk.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A notification as the in-app list and the delivery log show it. */
public record NotificationView(
        long id,
        NotificationChannel channel,
        String address,
        String subject,
        String body,
        @Nullable String ticketNumber,
        NotificationStatus status,
        int attempts,
        Instant createdAt,
        Instant notBefore,
        @Nullable Instant sentAt,
        @Nullable Instant readAt,
        @Nullable String lastError) {}
