package io.loopdesk.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Answers a request that failed because the database was out of reach with a 503 to retry, before anything else
 * needs the database again: the web session itself is a row of it, so the usual error page, which runs with the
 * session, would fail the same way. API requests get a problem document; pages a short page in the reader's
 * language, without the session's menu.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutageFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;
    private final MessageSource messages;

    DatabaseOutageFilter(ProblemWriter problems, MessageSource messages) {
        this.problems = problems;
        this.messages = messages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException e) {
            if (response.isCommitted() || !DatabaseUnavailable.causedIt(e)) {
                throw e;
            }
            response.reset();
            HttpStatus status = HttpStatus.SERVICE_UNAVAILABLE;
            if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
                problems.write(
                        response,
                        ProblemWriter.problem(status, status.getReasonPhrase(), ErrorEndpoint.detail(status, null)),
                        DatabaseUnavailable.RETRY_AFTER);
                return;
            }
            Locale locale = locale(request);
            response.setStatus(status.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(DatabaseUnavailable.RETRY_AFTER.toSeconds()));
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write(page(locale));
        }
    }

    private String page(Locale locale) {
        String title = HtmlUtils.htmlEscape(messages.getMessage("error.problem.title", null, locale));
        String text = HtmlUtils.htmlEscape(messages.getMessage("error.status.503", null, locale));
        return "<!DOCTYPE html><html lang=\"" + locale.toLanguageTag() + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + title
                + " · Loopdesk</title><link rel=\"stylesheet\" href=\"/css/loopdesk.css\"></head><body>"
                + "<main class=\"card\"><h1>" + title + "</h1><p>" + text + "</p></main></body></html>";
    }

    /** The language the pages would use: the remembered choice, else the browser's (without the session). */
    private static Locale locale(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (cookie.getName().equals(LocaleConfiguration.COOKIE)) {
                    return cookie.getValue().startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
                }
            }
        }
        return LocaleConfiguration.fromBrowser(request);
    }
}
