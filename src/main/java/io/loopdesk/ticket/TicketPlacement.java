package io.loopdesk.ticket;

import org.jspecify.annotations.Nullable;

/**
 * Where a new ticket goes, decided by the module that owns categories and teams (routing) inside the transaction
 * that opens the ticket: the ticket is born classified and in its team's queue, so nobody's first action on it
 * collides with a background update.
 */
public interface TicketPlacement {

    /**
     * @param category the category the channel or the agent gave, or {@code null} to classify the text
     * @return the category (possibly "needs-refinement") and the team whose queue the ticket joins
     */
    Placement place(long tenantId, String number, String text, @Nullable String category);

    /** A new ticket's category and team. */
    record Placement(@Nullable String category, @Nullable Long teamId) {}
}
