package io.loopdesk.ticket.measure;

import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What reports count of one ticket, derived from its row, its history and its messages: its current attributes
 * and the moments of its loop.
 *
 * @param firstSolvedAt when it first reached awaiting confirmation or resolved
 * @param firstReopenedAt when the customer (or staff) first reopened it after a solution
 * @param staffRepliesToSolve public staff replies written up to {@code firstSolvedAt} (all of them while unsolved)
 * @param text the title and the beginning of the description, for the words a period's feedback uses most
 */
public record TicketMeasure(
        long ticketId,
        long tenantId,
        String number,
        Channel channel,
        Urgency urgency,
        @Nullable String category,
        @Nullable Long teamId,
        @Nullable Long assigneeId,
        @Nullable String product,
        TicketStatus status,
        boolean complaint,
        Instant registeredAt,
        @Nullable Instant firstResponseAt,
        @Nullable Instant firstSolvedAt,
        @Nullable Instant closedAt,
        @Nullable Instant firstReopenedAt,
        int reopenCount,
        int staffRepliesToSolve,
        String text) {

    /** How much of a description {@link #text()} keeps: the words of a feedback are in its first lines. */
    public static final int TEXT_LENGTH = 1000;

    /** The top-level category: the part of the code before the first dot. */
    public @Nullable String categoryRoot() {
        if (category == null) {
            return null;
        }
        int dot = category.indexOf('.');
        return dot < 0 ? category : category.substring(0, dot);
    }
}
