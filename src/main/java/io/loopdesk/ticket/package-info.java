/**
 * The ticket: its number, fields, lifecycle, messages, progress records and history. Every channel ends in a
 * ticket; other modules react to its events ({@link io.loopdesk.ticket.TicketOpened} and friends).
 */
@NullMarked
package io.loopdesk.ticket;

import org.jspecify.annotations.NullMarked;
