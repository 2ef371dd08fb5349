/**
 * Notifications: e-mail, SMS and in-app messages to customers and staff, delivered from a persistent outbox with
 * retries and exponential backoff, every attempt written to a delivery log. Other modules call
 * {@link io.loopdesk.notification.Notifications#send}; a notification stored in their transaction is delivered
 * after it commits, and a failing mail server only delays it.
 */
@NullMarked
package io.loopdesk.notification;

import org.jspecify.annotations.NullMarked;
