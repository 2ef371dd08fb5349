/**
 * Tickets as their readers receive them from {@code Tickets}, {@code TicketQueries} and {@code Attachments}: the whole
 * ticket ({@link TicketView}), list rows and pages ({@link TicketSummary}, {@link TicketPage}), the timeline of
 * messages, progress records and changes ({@link TimelineEntry}), files ({@link AttachmentView}) and the rating in
 * short ({@link RatingSummary}). Published API (the named interface {@code views}).
 */
@org.springframework.modulith.NamedInterface("views")
@NullMarked
package io.loopdesk.ticket.view;

import org.jspecify.annotations.NullMarked;
