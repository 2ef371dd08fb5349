/**
 * What reports count of tickets, read in batches straight from the ticket's tables: {@link TicketMeasures} (one
 * {@link TicketMeasure} per ticket, arrivals, the backlog and its ages, the oldest open tickets). Published API (the
 * named interface {@code measures}), read by the reporting module.
 */
@org.springframework.modulith.NamedInterface("measures")
@NullMarked
package io.loopdesk.ticket.measure;

import org.jspecify.annotations.NullMarked;
