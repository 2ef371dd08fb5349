package io.loopdesk.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload beyond the server's outer limits ({@code spring.servlet.multipart.*}) is refused as the request is read,
 * before any controller: answered here, in the request itself, with a 413 problem document on the API and the
 * error page on pages. (Left to the container's error page, the refused multipart body leaves that page empty.)
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimits {

    private final ProblemWriter problems;
    private final MessageSource messages;

    UploadLimits(ProblemWriter problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    /** @return the error page, or {@code null} when a problem document was written */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @Nullable
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
        HttpStatus status = HttpStatus.PAYLOAD_TOO_LARGE;
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(
                    response,
                    ProblemWriter.problem(status, status.getReasonPhrase(), ErrorEndpoint.detail(status, null)));
            return null;
        }
        ModelAndView page = new ModelAndView("error/problem", status);
        page.addObject("status", status.value());
        page.addObject("detail", messages.getMessage("error.status.413", null, locale));
        return page;
    }
}
