/** The language a ticket is written in, detected from its text when it is registered. */
@NullMarked
package io.loopdesk.ticket.language;

import org.jspecify.annotations.NullMarked;
