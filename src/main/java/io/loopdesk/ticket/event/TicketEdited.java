package io.loopdesk.ticket.event;

import io.loopdesk.ticket.Tickets;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Fields of a ticket that no other event covers changed: an edit (product, contact, …), the complaint flag, the
 * customer's rating in short, or another module noted something on it (an incident link, a transfer: the history
 * code of {@link Tickets#annotate}). {@code fields} names them as the ticket's history does.
 */
public record TicketEdited(
        long ticketId,
        String number,
        long tenantId,
        Set<String> fields,
        @Nullable Long actorId,
        Instant at) implements TicketEvents {}
