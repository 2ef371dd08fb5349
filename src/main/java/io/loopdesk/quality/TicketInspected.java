package io.loopdesk.quality;

import java.math.BigDecimal;
import java.time.Instant;

/** A ticket's inspection got its score, or a new one after an appeal: reports count it. */
public record TicketInspected(long tenantId, long ticketId, String ticketNumber, BigDecimal score, Instant at) {}
