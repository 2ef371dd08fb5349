/**
 * The replies and internal notes on a ticket, stored once and never edited: a correction is a new message.
 */
@NullMarked
package io.loopdesk.ticket.message;

import org.jspecify.annotations.NullMarked;
