package io.loopdesk.ticket.bulk;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A bulk action as its pages and the API show it.
 *
 * @param selection what was chosen, as said when it started: the ticket numbers or the list's filter
 * @param total how many tickets it covers
 * @param succeeded how many were changed
 * @param refused how many were left as they were, each with its reason ({@link BulkActions#refusals})
 */
public record BulkActionView(
        long id,
        BulkKind kind,
        BulkChange change,
        String selection,
        int total,
        int succeeded,
        int refused,
        BulkState state,
        long startedBy,
        Instant createdAt,
        @Nullable Instant finishedAt) {

    /** Tickets done or refused so far. */
    public int processed() {
        return succeeded + refused;
    }

    /** How far it has got, 0 to 100. */
    public int percent() {
        return total == 0 ? 100 : (int) (100L * processed() / total);
    }

    public boolean done() {
        return state == BulkState.DONE;
    }
}
