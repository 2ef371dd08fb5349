package io.loopdesk.routing;

import java.time.Instant;

/**
 * A surge (突发): a category's or product's volume over the last window well above its own recent baseline, as the
 * incident radar found it. One per category or product while it lasts.
 *
 * @param key the category's code or the product's name
 * @param windowMinutes the length of the window counted
 * @param countInWindow tickets in the window when the surge was detected
 * @param baseline the average count per window of that length over the seven days before the window
 * @param lastSeenAt when the radar last found the volume still that high
 * @param incidentId the incident proposed for it, or the open proposal it joined
 */
public record Surge(
        long id,
        SurgeKind kind,
        String key,
        int windowMinutes,
        long countInWindow,
        double baseline,
        Instant detectedAt,
        Instant lastSeenAt,
        long incidentId) {}
