package io.loopdesk.notification;

import java.util.Optional;

/**
 * Apps that show their users the notices about their tickets themselves: a ticket submitted through such an app
 * is told to the app, as a signed {@code ticket.notice} event to its webhook carrying the notice's text in the
 * customer's language, rather than by e-mail or text message. Provided by the module that keeps the apps.
 */
public interface CustomerApps {

    /** The webhook of the app that submitted ticket {@code ticketNumber}, if that app takes its users' notices. */
    Optional<Recipient.Webhook> noticesFor(long tenantId, String ticketNumber);
}
