package io.loopdesk.identity.throttle;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A sign-in refused before the password was checked: this address failed too often and must wait. */
public class SignInThrottledException extends AuthenticationException {

    private final Duration retryAfter;

    public SignInThrottledException(Duration retryAfter) {
        super("Too many failed sign-ins from this address; try again in " + Math.max(1, retryAfter.toSeconds())
                + " seconds.");
        this.retryAfter = retryAfter;
    }

    /** How long the address must wait before the next attempt is checked. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
