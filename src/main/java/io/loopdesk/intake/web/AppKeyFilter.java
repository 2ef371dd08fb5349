package io.loopdesk.intake.web;

import io.loopdesk.intake.feedback.AppIdentity;
import io.loopdesk.intake.feedback.FeedbackApps;
import io.loopdesk.intake.feedback.FeedbackRateLimit;
import io.loopdesk.shared.web.ProblemWriter;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only apps with a current key reach the feedback API: {@code X-App-Key: lda_...} (or
 * {@code Authorization: AppKey lda_...}). Refuses before the body is read, so an unknown caller cannot make us
 * spool its upload; a known app beyond its rate gets 429 with {@code Retry-After}.
 */
final class AppKeyFilter extends OncePerRequestFilter {

    static final String APP = "io.loopdesk.intake.feedback.app";
    private static final String HEADER = "X-App-Key";
    private static final String SCHEME = "AppKey ";
    private static final String SUBMIT = "/api/v1/feedback";

    private final FeedbackApps apps;
    private final FeedbackRateLimit rateLimit;
    private final ProblemWriter problems;
    private final Tenants tenants;

    AppKeyFilter(FeedbackApps apps, FeedbackRateLimit rateLimit, ProblemWriter problems, Tenants tenants) {
        this.apps = apps;
        this.tenants = tenants;
        this.rateLimit = rateLimit;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = presentedKey(request);
        if (presented == null) {
            refuse(response, "Send the app's key in the X-App-Key header (or Authorization: AppKey <key>).");
            return;
        }
        Optional<AppIdentity> app = apps.authenticate(presented);
        if (app.isEmpty()) {
            refuse(response, "This app key is not valid: it is wrong, was rotated, or the app was revoked.");
            return;
        }
        if (tenants.byId(app.get().tenantId()).map(TenantInfo::suspended).orElse(true)) {
            problems.write(
                    response,
                    ProblemWriter.problem(
                            HttpStatus.FORBIDDEN,
                            "Tenant suspended",
                            "The service of this app's brand is suspended; feedback cannot be sent until the platform"
                                    + " reactivates it."));
            return;
        }
        // submissions are limited; an app following its users' tickets reads and answers as often as they look
        boolean submission = "POST".equals(request.getMethod()) && SUBMIT.equals(request.getRequestURI());
        OptionalLong retryAfter = submission ? rateLimit.take(app.get().appId()) : OptionalLong.empty();
        if (retryAfter.isPresent()) {
            problems.write(
                    response,
                    ProblemWriter.problem(
                            HttpStatus.TOO_MANY_REQUESTS,
                            "Too many submissions",
                            "This app sent more feedback than it may per minute; retry after " + retryAfter.getAsLong()
                                    + " seconds with the same Idempotency-Key."),
                    Duration.ofSeconds(retryAfter.getAsLong()));
            return;
        }
        request.setAttribute(APP, app.get());
        chain.doFilter(request, response);
    }

    private static @Nullable String presentedKey(HttpServletRequest request) {
        String header = request.getHeader(HEADER);
        if (header != null && !header.isBlank()) {
            return header.strip();
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return authorization.substring(SCHEME.length()).strip();
        }
        return null;
    }

    private void refuse(HttpServletResponse response, String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "AppKey realm=\"Loopdesk feedback\"");
        problems.write(response, ProblemWriter.problem(HttpStatus.UNAUTHORIZED, "App key required", detail));
    }
}
