package io.loopdesk.operations.portability;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A tenant's data scheduled for deletion: by whom, when it falls due, and whether it was cancelled or done. */
public record ErasureView(
        long tenantId,
        String tenantCode,
        String requestedBy,
        Instant requestedAt,
        Instant dueAt,
        @Nullable String cancelledBy,
        @Nullable Instant cancelledAt,
        @Nullable Instant erasedAt,
        @Nullable Long rowsErased) {

    /** Waiting for its date. */
    public boolean pending() {
        return cancelledAt == null && erasedAt == null;
    }
}
