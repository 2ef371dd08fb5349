package io.loopdesk.notification;

/**
 * A channel could not deliver a notification.
 *
 * @see #retryable()
 */
public class DeliveryFailedException extends Exception {

    private final boolean retryable;

    public DeliveryFailedException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    /** Whether trying again later may succeed (a server down), or not (no server configured, a bad address). */
    public boolean retryable() {
        return retryable;
    }
}
