package io.loopdesk.identity.web;

import io.loopdesk.identity.throttle.SignInThrottledException;
import io.loopdesk.shared.web.DatabaseUnavailable;
import io.loopdesk.shared.web.ProblemWriter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * Answers API requests that are not signed in (401) or not allowed (403) as RFC 9457 problem documents; a sign-in
 * that could not be checked because the database was out of reach is a 503 to retry, not a wrong password.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ProblemWriter problems;

    ProblemAuthenticationEntryPoint(ProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (DatabaseUnavailable.causedIt(e)) {
            problems.write(
                    response,
                    ProblemWriter.problem(
                            HttpStatus.SERVICE_UNAVAILABLE,
                            "Sign-in cannot be checked now",
                            "The database cannot be reached at the moment; nothing was saved. Try again in a few"
                                    + " seconds."),
                    DatabaseUnavailable.RETRY_AFTER);
            return;
        }
        if (e instanceof SignInThrottledException throttled) {
            problems.write(
                    response,
                    ProblemWriter.problem(
                            HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins", throttled.getMessage()),
                    throttled.retryAfter());
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Loopdesk\", Bearer");
        problems.write(
                response,
                ProblemWriter.problem(
                        HttpStatus.UNAUTHORIZED,
                        "Sign-in required",
                        "Send HTTP Basic credentials or an API token (Authorization: Bearer ld_...). "
                                + e.getMessage()));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        problems.write(
                response,
                ProblemWriter.problem(HttpStatus.FORBIDDEN, "Not allowed", "Your role does not allow this request."));
    }
}
