/**
 * The ticket: its number, fields, lifecycle, messages, progress records and history. Every channel ends in a
 * ticket; other modules react to its events ({@link io.loopdesk.ticket.event.TicketOpened} and friends).
 *
 * <p>The root holds the services other modules call ({@code Tickets}, {@code TicketQueries}, {@code Attachments}),
 * what they pass to them and the ticket itself. The rest of the published API is in four named interfaces:
 * {@code ticket.event} (the events), {@code ticket.view} (tickets, list rows, timelines and files as readers receive
 * them), {@code ticket.value} (channel, urgency, status, priority and the other values a ticket is described by),
 * {@code ticket.measure} (what reports count of tickets). Internal, by concern:
 * {@code ticket.attachment} (storing, checking and serving files), {@code ticket.secret} (passwords and card numbers
 * kept out of the text, sealed and revealed on demand), {@code ticket.search} (the full-text index of tickets, messages and progress records, and its
 * queries), {@code ticket.query} (list filters, contact look-up planning,
 * cursors, masked views), {@code ticket.form} (the tenant's form rules for each field), {@code ticket.message}
 * (stored replies and internal notes), {@code ticket.history} (the append-only record of every change),
 * {@code ticket.progress} (handlers' progress records), {@code ticket.numbering} (ticket numbers from one database
 * sequence), {@code ticket.registration} (group commit of tickets registered at the same moment),
 * {@code ticket.metrics} (counters for monitoring).
 */
@NullMarked
package io.loopdesk.ticket;

import org.jspecify.annotations.NullMarked;
