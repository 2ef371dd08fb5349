package io.loopdesk.intake.feedback;

/**
 * The {@code Idempotency-Key} was used before for a different submission: answered 422, and nothing is stored.
 * A client must use a new key for new feedback.
 */
public class IdempotencyKeyReusedException extends RuntimeException {

    private final String ticketNumber;

    IdempotencyKeyReusedException(String ticketNumber) {
        super("This Idempotency-Key was already used for different feedback (ticket " + ticketNumber
                + "); send new feedback with a new key, or retry with exactly the same request.");
        this.ticketNumber = ticketNumber;
    }

    public String ticketNumber() {
        return ticketNumber;
    }
}
