package io.loopdesk.survey;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A customer rated a solved ticket. */
public record TicketRated(
        String ticketNumber, long tenantId, @Nullable Long customerId, Scores scores, Instant at) {}
