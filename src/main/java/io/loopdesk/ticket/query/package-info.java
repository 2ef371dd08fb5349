/**
 * Ticket lists: filters as database specifications, text search planning, cursors for paging, and views with contacts masked.
 */
@NullMarked
package io.loopdesk.ticket.query;

import org.jspecify.annotations.NullMarked;
