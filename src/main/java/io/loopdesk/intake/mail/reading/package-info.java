/**
 * Reading mailboxes: IMAP IDLE watchers and polling on db-scheduler timers, one reader per mailbox across nodes through a renewed lease.
 */
@NullMarked
package io.loopdesk.intake.mail.reading;

import org.jspecify.annotations.NullMarked;
