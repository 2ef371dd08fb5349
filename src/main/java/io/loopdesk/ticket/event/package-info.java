/**
 * The events the ticket module publishes, which other modules react to: {@link TicketEvents} and its records, one for
 * each kind of change ({@link TicketOpened}, {@link TicketAssigned}, {@link TicketStatusChanged}, …). Published API
 * (the named interface {@code events}).
 *
 * <p>Publications not yet completed keep these classes' names (the event publication registry's {@code event_type}
 * and {@code listener_id}); moving or renaming one needs a migration that rewrites them, as
 * {@code V9_7__ticket_event_package.sql} did when they left the module's root.
 */
@org.springframework.modulith.NamedInterface("events")
@NullMarked
package io.loopdesk.ticket.event;

import org.jspecify.annotations.NullMarked;
