package io.loopdesk.ticket.event;

import io.loopdesk.ticket.value.MessageKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A reply or note was written on a ticket. */
public record TicketMessageAdded(
        long ticketId,
        String number,
        long tenantId,
        long messageId,
        MessageKind kind,
        boolean fromCustomer,
        @Nullable Long authorId,
        Instant at)
        implements TicketEvents {}
