/**
 * Full-text search over tickets, their messages and their progress records: the index each node keeps of them
 * ({@link io.loopdesk.ticket.search.TicketIndex}) and the queries the ticket list and the search page ask it
 * ({@link io.loopdesk.ticket.search.TicketTextSearch}).
 */
@NullMarked
package io.loopdesk.ticket.search;

import org.jspecify.annotations.NullMarked;
