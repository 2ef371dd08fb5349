package io.loopdesk.ticket.web;

import io.loopdesk.ticket.ProgressEntry;
import io.loopdesk.ticket.value.ProgressLabel;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/tickets/{number}/progress}. */
record ProgressRequest(
        @Nullable ProgressLabel label,
        @Nullable String details,
        @Nullable Instant estimatedCompletionAt,
        @Nullable Instant actualCompletionAt,
        @Nullable String partsReplaced,
        @Nullable Boolean onSiteVisit,
        @Nullable Boolean customerVisible) {

    ProgressEntry toEntry() {
        return new ProgressEntry(
                label == null ? ProgressLabel.OTHER : label,
                details == null ? "" : details,
                estimatedCompletionAt,
                actualCompletionAt,
                partsReplaced,
                Boolean.TRUE.equals(onSiteVisit),
                Boolean.TRUE.equals(customerVisible));
    }
}
