package io.loopdesk.ticket.web;

import io.loopdesk.ticket.value.TicketStatus;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /api/v1/tickets/{number}/status}; a reason is needed to reopen or to close early. */
record StatusRequest(
        @Nullable TicketStatus status, @Nullable String reason) {}
