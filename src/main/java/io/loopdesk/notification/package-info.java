/**
 * Notifications: e-mail, SMS, in-app messages and webhooks to customers and staff, delivered from a persistent outbox with
 * retries and exponential backoff, every attempt written to a delivery log. Other modules call
 * {@link io.loopdesk.notification.Notifications#send}; a notification stored in their transaction is delivered
 * after it commits, and a failing mail server only delays it. It is the one outbox for e-mail: an e-mail with an
 * {@link io.loopdesk.notification.EmailEnvelope} (a reply to a customer: threading headers, its own From address and
 * SMTP server, files) goes through it too, its route and files resolved at send time by the modules that provide
 * {@link io.loopdesk.notification.SmtpRoutes} and {@link io.loopdesk.notification.AttachmentSource}; a notification
 * given up is published as {@link io.loopdesk.notification.NotificationFailed}. Texts are {@link io.loopdesk.shared.Phrase phrases}:
 * an in-app notice is rendered in the language of whoever reads it, an e-mail or text message in the recipient's.
 *
 * <p>The root holds what other modules use and the outbox itself (notifications, delivery attempts, the delivery
 * timer, one sender per channel). Internal, by concern: {@code notification.mail} (SMTP servers with pooled
 * connections, stored e-mail envelopes), {@code notification.sms} (the HTTP SMS gateway), {@code notification.webhook} (signed posts of JSON events),
 * {@code notification.hook} (the tenant's own webhooks, {@link io.loopdesk.notification.TenantWebhooks}, and the
 * ticket events they are told of; other modules tell them of ratings and SLA breaches through that service),
 * {@code notification.metrics} (outbox backlog and failures for monitoring), {@code notification.web} (the
 * notification API, pages and the in-app badge).
 */
@NullMarked
package io.loopdesk.notification;

import org.jspecify.annotations.NullMarked;
