package io.loopdesk.ticket;

import org.jspecify.annotations.Nullable;

/**
 * Where a new ticket goes, decided by the module that owns categories and teams (routing): the ticket is born
 * classified and in its team's queue, so nobody's first action on it collides with a background update. Reading
 * the text is the expensive part and needs no transaction, so it happens first, on the registering thread; the
 * decision is recorded inside the transaction that opens the ticket, which may hold other registrations too.
 */
public interface TicketPlacement {

    /**
     * Decides where a ticket with this text goes; stores nothing.
     *
     * @param category the category the channel or the agent gave, or {@code null} to classify the text
     */
    Proposal propose(long tenantId, String text, @Nullable String category);

    /** A decided placement, waiting for the number of the ticket it is for. */
    interface Proposal {

        /**
         * Records the decision for the ticket numbered {@code number}, in the registering transaction.
         *
         * @return the category (possibly "needs-refinement") and the team whose queue the ticket joins
         */
        Placement placeAs(String number);
    }

    /** A new ticket's category and team. */
    record Placement(@Nullable String category, @Nullable Long teamId) {}
}
