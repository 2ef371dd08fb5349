/**
 * Notifications: e-mail, SMS and in-app messages to customers and staff, delivered from a persistent outbox with
 * retries and exponential backoff, every attempt written to a delivery log. Other modules call
 * {@link io.loopdesk.notification.Notifications#send}; a notification stored in their transaction is delivered
 * after it commits, and a failing mail server only delays it. Texts are {@link io.loopdesk.shared.Phrase phrases}:
 * an in-app notice is rendered in the language of whoever reads it, an e-mail or text message in the recipient's.
 */
@NullMarked
package io.loopdesk.notification;

import org.jspecify.annotations.NullMarked;
