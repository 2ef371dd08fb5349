package io.loopdesk.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an RFC 9457 problem document where no controller answers: security filters, rate limits, the error page
 * and Tomcat's own refusals. The JSON comes from Jackson, so any detail text (quotes, line breaks) stays valid.
 */
@Component
public class ProblemWriter {

    private final JsonMapper json;

    ProblemWriter(JsonMapper json) {
        this.json = json;
    }

    /** A problem of {@code status} with a title a person reads in a list and a detail they can act on. */
    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("about:blank"));
        problem.setTitle(title);
        return problem;
    }

    /** Writes {@code problem} as the response, with {@code Retry-After} when the caller should try again later. */
    public void write(HttpServletResponse response, ProblemDetail problem, @Nullable Duration retryAfter)
            throws IOException {
        response.setStatus(problem.getStatus());
        if (retryAfter != null) {
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        write(response, problem, null);
    }

    /** The problem as JSON bytes, for a writer outside Spring's request handling (Tomcat's error report). */
    byte[] bytes(ProblemDetail problem) {
        return json.writeValueAsBytes(problem);
    }
}
