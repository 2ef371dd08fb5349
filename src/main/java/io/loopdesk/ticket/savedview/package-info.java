/**
 * Saved views: a ticket list's filters and order kept under a name, for one person or shared by a supervisor with a
 * team or the whole tenant, each with the columns its list shows.
 */
@NullMarked
package io.loopdesk.ticket.savedview;

import org.jspecify.annotations.NullMarked;
