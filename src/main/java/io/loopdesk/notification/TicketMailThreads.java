package io.loopdesk.notification;

import java.util.Optional;

/**
 * Threads an e-mail to a ticket's customer into the mail conversation the ticket came from, so that it goes out from
 * the support mailbox the customer wrote to and their answer joins the ticket again. The module that receives mail
 * provides it; {@link Notifications} asks it for every e-mail about a ticket that comes without an envelope of its
 * own (notices of receipt, progress, the result, SLA notices).
 */
public interface TicketMailThreads {

    /**
     * The envelope of an e-mail to {@code address} about ticket {@code ticketNumber}: empty when that address has
     * not written to the ticket by mail (a web customer, a member of staff), which leaves the e-mail to the default
     * sender.
     */
    Optional<EmailEnvelope> envelopeFor(long tenantId, String ticketNumber, String address);
}
