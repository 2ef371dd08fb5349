/**
 * Tickets that belong together: a parent and its children, related tickets, a duplicate merged into the ticket that
 * carries on its conversation, a message split off into a ticket of its own, and the suggested duplicates of the
 * same customer shown on the ticket page.
 */
@NullMarked
package io.loopdesk.ticket.relation;

import org.jspecify.annotations.NullMarked;
