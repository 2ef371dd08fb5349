package io.loopdesk.identity.throttle;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureCredentialsExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureExpiredEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationFailureServiceExceptionEvent;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins (form login and HTTP Basic) by kind: a spike of {@code bad_credentials} is someone
 * guessing passwords. Neither the username nor the address is recorded: a metric is no place for personal data,
 * and a per-user series would grow without bound.
 */
@Component
class LoginFailures {

    private final MeterRegistry meters;
    private final Map<String, Counter> counters = new ConcurrentHashMap<>();

    LoginFailures(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventListener
    void on(AbstractAuthenticationFailureEvent failure) {
        String kind = kind(failure);
        counters.computeIfAbsent(
                        kind,
                        k -> Counter.builder("loopdesk.auth.failures")
                                .description("Failed sign-ins, by kind")
                                .tag("kind", k)
                                .register(meters))
                .increment();
    }

    static String kind(AbstractAuthenticationFailureEvent failure) {
        return switch (failure) {
            case AuthenticationFailureBadCredentialsEvent bad -> "bad_credentials";
            case AuthenticationFailureDisabledEvent disabled -> "disabled";
            case AuthenticationFailureLockedEvent locked -> "locked";
            case AuthenticationFailureExpiredEvent expired -> "expired";
            case AuthenticationFailureCredentialsExpiredEvent expired -> "credentials_expired";
            case AuthenticationFailureServiceExceptionEvent error -> "service_error";
            default -> "other";
        };
    }
}
