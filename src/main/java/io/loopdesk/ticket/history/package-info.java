/**
 * A ticket's history: one append-only entry per change, with who, when, which field, before and after.
 */
@NullMarked
package io.loopdesk.ticket.history;

import org.jspecify.annotations.NullMarked;
