package io.loopdesk.sla;

/** What an SLA clock measures (REQUIREMENTS §5). */
public enum SlaTarget {
    /** From registration to the first public reply of staff. */
    FIRST_RESPONSE,
    /**
     * Marketplace rule (seed 003, 30 minutes): from registration until the customer is told when the problem will
     * be solved. Met by a progress record that carries an estimated completion time; Loopdesk then tells the
     * customer that time by e-mail.
     */
    EXPECTED_RESOLUTION,
    /**
     * From a customer's message to the next public reply of staff; each customer message after the first response
     * starts it when it is not running, so the oldest unanswered message sets the due time.
     */
    NEXT_RESPONSE,
    /** From registration until the ticket is solved (awaiting confirmation, resolved or closed). */
    RESOLUTION,
    /**
     * Seed 002 (within 24 h): from the solving (awaiting confirmation) until the result notice reached the customer
     * on their channel. Each solving after a reopening starts a new cycle; a customer no channel reaches ends it
     * without an outcome (the ticket says so), a notice given up on keeps it running.
     */
    RESULT_NOTICE
}
