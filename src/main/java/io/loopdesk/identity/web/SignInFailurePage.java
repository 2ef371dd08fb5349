package io.loopdesk.identity.web;

import io.loopdesk.identity.throttle.SignInThrottledException;
import io.loopdesk.shared.web.DatabaseUnavailable;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Sends a failed form sign-in back to the sign-in page with the reason it shows: a wrong password, an address that
 * must wait before it tries again (and for how long), or a database out of reach (try again, nothing is wrong with
 * the password).
 */
final class SignInFailurePage implements AuthenticationFailureHandler {

    @Override
    public void onAuthenticationFailure(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String reason;
        if (exception instanceof SignInThrottledException throttled) {
            reason = "throttled=" + Math.max(1, throttled.retryAfter().toSeconds());
        } else if (DatabaseUnavailable.causedIt(exception)) {
            reason = "unavailable";
        } else {
            reason = "error";
        }
        response.sendRedirect(request.getContextPath() + "/login?" + reason);
    }
}
