package io.loopdesk.survey;

import java.time.Instant;

/** A customer rated a solved ticket. */
public record TicketRated(String ticketNumber, long tenantId, long customerId, Scores scores, Instant at) {}
