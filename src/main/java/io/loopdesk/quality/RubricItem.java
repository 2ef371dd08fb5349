package io.loopdesk.quality;

import org.jspecify.annotations.Nullable;

/**
 * One item of a tenant's rubric. An ordinary item is scored 0 to 10 and counts by its weight; a red line (abusive
 * words, a wrong status, a secret left in plain text) is either kept or breached, and a breach zeroes the score.
 */
public record RubricItem(
        long id,
        int position,
        String name,
        @Nullable String description,
        int weight,
        boolean redLine,
        boolean active) {}
