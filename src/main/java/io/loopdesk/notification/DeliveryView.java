package io.loopdesk.notification;

import java.time.Instant;

/**
 * One delivery attempt from the log.
 *
 * @param outcome {@code SENT}, {@code FAILED} (another attempt follows) or {@code GAVE_UP}
 */
public record DeliveryView(
        long notificationId, int attempt, String provider, String outcome, String detail, Instant attemptedAt) {}
