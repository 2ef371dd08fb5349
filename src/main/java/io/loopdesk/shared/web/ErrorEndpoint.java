package io.loopdesk.shared.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers whatever reaches the servlet container's error handling instead of a controller: failures in filters,
 * requests no controller takes (an unknown path, a wrong method or content type, an upload beyond the limits) and
 * exceptions nothing else handled. API requests get a problem document, pages the friendly error page in the
 * reader's language. (A request that failed because the database was out of reach never gets here: see
 * {@link DatabaseOutageFilter}.)
 */
@Controller
class ErrorEndpoint implements ErrorController {

    private static final Logger log = LoggerFactory.getLogger(ErrorEndpoint.class);

    private final ProblemWriter problems;
    private final MessageSource messages;

    ErrorEndpoint(ProblemWriter problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** @return the error page, or {@code null} when a problem document was written (the request is then handled) */
    @RequestMapping("/error")
    @Nullable
    ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        Throwable failure = (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        HttpStatus status = status(request, failure);
        if (status.is5xxServerError()) {
            log.error("Request {} failed", request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), failure);
        }
        if (wantsProblem(request)) {
            ProblemDetail problem = ProblemWriter.problem(status, status.getReasonPhrase(), detail(status, failure));
            problems.write(response, problem, null);
            return null;
        }
        ModelAndView page = new ModelAndView(
                switch (status) {
                    case NOT_FOUND -> "error/404";
                    case FORBIDDEN -> "error/403";
                    case PAYLOAD_TOO_LARGE -> "error/problem";
                    default -> "error";
                },
                status);
        page.addObject("status", status.value());
        page.addObject("detail", messages.getMessage("error.status." + status.value(), null, null, locale));
        return page;
    }

    private static HttpStatus status(HttpServletRequest request, @Nullable Throwable failure) {
        if (failure instanceof MaxUploadSizeExceededException
                || hasCause(failure, MaxUploadSizeExceededException.class)) {
            return HttpStatus.PAYLOAD_TOO_LARGE;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || status.value() < 400 ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }

    /** The API and the actuator answer in JSON; so does anything a client asked JSON of. */
    static boolean wantsProblem(HttpServletRequest request) {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original instanceof String uri
                ? uri.substring(request.getContextPath().length())
                : "";
        if (path.startsWith("/api/") || path.startsWith("/actuator/") || path.startsWith("/v3/api-docs")) {
            return true;
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    /** What the client can do about it; never the exception's text, which may hold data or internals. */
    static String detail(HttpStatus status, @Nullable Throwable failure) {
        return switch (status) {
            case BAD_REQUEST -> "The request could not be read: check its URL, headers and body.";
            case UNAUTHORIZED -> "Sign in first.";
            case FORBIDDEN -> "Your role does not allow this request.";
            case NOT_FOUND -> "There is nothing at this address.";
            case METHOD_NOT_ALLOWED -> "This address does not take this HTTP method; see /v3/api-docs.";
            case NOT_ACCEPTABLE -> "This address cannot answer in the media type the Accept header asks for.";
            case PAYLOAD_TOO_LARGE ->
                "The request is larger than this server accepts (see the attachment limits); nothing was stored.";
            case UNSUPPORTED_MEDIA_TYPE ->
                "This address does not take this Content-Type (JSON endpoints take application/json); see /v3/api-docs.";
            case URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> "The URL or the headers are too long.";
            case SERVICE_UNAVAILABLE ->
                "The database cannot be reached at the moment; nothing was saved. Try again in a few seconds.";
            default -> "The server could not complete the request; nothing was saved. Try again, or tell the operator.";
        };
    }

    private static boolean hasCause(@Nullable Throwable failure, Class<? extends Throwable> type) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
