/**
 * The values a ticket is described by, which views, events, filters and other modules' own records share: how it
 * arrived ({@link Channel}), its {@link Urgency}, {@link TicketStatus} and {@link TicketPriority}, the kind of
 * feedback and of message, progress labels, how satisfied a rating reads, and the contact, device and related
 * links as stored ({@link ContactPoint}, {@link Device}, {@link RelatedLinks}). Published API (the named interface
 * {@code values}).
 */
@org.springframework.modulith.NamedInterface("values")
@NullMarked
package io.loopdesk.ticket.value;

import org.jspecify.annotations.NullMarked;
