/**
 * E-mail plumbing behind the outbox: the SMTP servers e-mails go out through, each with a pool of kept-open
 * connections, and the stored envelope of an e-mail notification that has one.
 */
@NullMarked
package io.loopdesk.notification.mail;

import org.jspecify.annotations.NullMarked;
