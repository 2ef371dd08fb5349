package io.loopdesk.notification;

import org.jspecify.annotations.Nullable;

/**
 * A notification was given up: the channel refused it for good (an SMTP server's 5xx, a channel not set up) or
 * every attempt failed. Published with the last line of its delivery log.
 *
 * @param reason what the last attempt met, e.g. {@code SMTP: 554 5.7.1 Relay access denied}
 * @param topic the kind of notice, as its request named it
 */
public record NotificationFailed(
        long tenantId,
        long notificationId,
        NotificationChannel channel,
        String address,
        @Nullable String ticketNumber,
        String reason,
        @Nullable String topic) {}
