package io.loopdesk.notification;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A notification of a named topic reached its channel (the SMTP server took it, the SMS gateway accepted it, the
 * in-app notice was stored). Published in the transaction that logs the delivery, only for notifications whose
 * request named a topic: the module that asked for it may count it as told.
 */
public record NotificationDelivered(
        long tenantId,
        long notificationId,
        NotificationChannel channel,
        @Nullable String ticketNumber,
        String topic,
        Instant at) {}
