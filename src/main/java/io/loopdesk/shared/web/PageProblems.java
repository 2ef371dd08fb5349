package io.loopdesk.shared.web;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.StorableText;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Pages answer a refused request with the matching error page: not found (also for what the user may not know
 * exists), not allowed, or a conflict with the thing's state, each with the reason in the reader's language.
 */
@ControllerAdvice(annotations = Controller.class)
class PageProblems {

    private final FieldMessages messages;

    PageProblems(FieldMessages messages) {
        this.messages = messages;
    }

    @ExceptionHandler(DomainException.class)
    String domain(DomainException e, Model model, HttpServletResponse response) {
        HttpStatus status = switch (e.kind()) {
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case INVALID -> HttpStatus.BAD_REQUEST;
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        Phrase phrase = e.phrase();
        String detail = messages.of(e.problems()).values().stream()
                .findFirst()
                .orElseGet(() -> phrase == null ? e.getMessage() : messages.of(phrase, e.getMessage()));
        return page(status, detail, model, response);
    }

    /** A parameter or a path segment that is not what the page takes (a made-up status, a NUL in a search). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String typeMismatch(MethodArgumentTypeMismatchException e, Model model, HttpServletResponse response) {
        return invalid(e.getName(), e.getValue(), model, response);
    }

    /** A form field that could not be bound. */
    @ExceptionHandler(BindException.class)
    String unbound(BindException e, Model model, HttpServletResponse response) {
        FieldError field = e.getFieldError();
        return field == null
                ? page(HttpStatus.BAD_REQUEST, null, model, response)
                : invalid(field.getField(), field.getRejectedValue(), model, response);
    }

    private String invalid(String field, @Nullable Object value, Model model, HttpServletResponse response) {
        FieldProblem problem = value instanceof String text && !StorableText.isStorable(text)
                ? ApiProblems.unstorable(field)
                : new FieldProblem(
                        field, "request.parameter.invalid", "The value of " + field + " is not valid.", List.of(field));
        return page(HttpStatus.BAD_REQUEST, messages.of(List.of(problem)).get(field), model, response);
    }

    private static String page(HttpStatus status, @Nullable String detail, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("detail", detail);
        return switch (status) {
            case NOT_FOUND -> "error/404";
            case FORBIDDEN -> "error/403";
            default -> "error/problem";
        };
    }
}
