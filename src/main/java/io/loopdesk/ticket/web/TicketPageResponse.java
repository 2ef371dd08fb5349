package io.loopdesk.ticket.web;

import io.loopdesk.ticket.view.TicketSummary;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of tickets.
 *
 * @param next the URL of the next page with the same filters, {@code null} on the last page
 */
record TicketPageResponse(
        List<TicketSummary> items,
        @Nullable String nextCursor,
        @Nullable String next) {}
