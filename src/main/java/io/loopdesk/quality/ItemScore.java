package io.loopdesk.quality;

import org.jspecify.annotations.Nullable;

/**
 * How one rubric item was scored, with the item as it was then (a later change of the rubric leaves done
 * inspections as they were).
 *
 * @param points 0 to 10 for an ordinary item; {@code null} for a red line
 * @param breached for a red line, whether it was crossed
 */
public record ItemScore(
        long itemId,
        String itemName,
        int weight,
        boolean redLine,
        @Nullable Integer points,
        boolean breached,
        @Nullable String note) {}
