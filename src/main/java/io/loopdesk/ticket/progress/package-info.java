/**
 * Progress records: what a handler did on a ticket and when they expect to finish, some of it shown to the customer.
 */
@NullMarked
package io.loopdesk.ticket.progress;

import org.jspecify.annotations.NullMarked;
