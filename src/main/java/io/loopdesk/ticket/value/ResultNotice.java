package io.loopdesk.ticket.value;

/**
 * What became of the notice that tells a customer their ticket's result, as the ticket's history records it (field
 * {@link #FIELD}): the survey module, which sends it, writes it; the SLA module's result-notice target reads it.
 */
public enum ResultNotice {
    /** It reached the customer. */
    SENT,
    /** No channel reaches the customer: nothing was sent. */
    NO_CHANNEL,
    /** The channel gave up on it; the customer has not been told. */
    FAILED;

    /** The history field. */
    public static final String FIELD = "result-notice";
}
