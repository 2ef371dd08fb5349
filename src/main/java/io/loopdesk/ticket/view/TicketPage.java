package io.loopdesk.ticket.view;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list.
 *
 * @param nextCursor pass it back to read the next page; {@code null} on the last page
 */
public record TicketPage(
        List<TicketSummary> items, @Nullable String nextCursor) {}
