/**
 * Ticket numbers: the registration date and a sequence number (e.g. {@code 261123-000042}), handed out from one
 * database sequence so several nodes never give out the same one.
 */
@NullMarked
package io.loopdesk.ticket.numbering;

import org.jspecify.annotations.NullMarked;
