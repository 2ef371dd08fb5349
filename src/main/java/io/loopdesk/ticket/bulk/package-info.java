/**
 * Bulk actions: one change — a status, an assignment, a macro — over many tickets chosen on a list, or every ticket
 * its filter matches. Each ticket is changed as the person who started the action would change it by hand (their
 * roles, the lifecycle, the tenant), in its own transaction, with its own history line; those refused are listed with
 * the reason. Large actions run in the background in chunks and resume after a restart.
 */
@NullMarked
package io.loopdesk.ticket.bulk;

import org.jspecify.annotations.NullMarked;
