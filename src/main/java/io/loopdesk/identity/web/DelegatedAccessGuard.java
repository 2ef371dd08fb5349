package io.loopdesk.identity.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CurrentActor;
import io.loopdesk.identity.DelegatedAccess;
import io.loopdesk.identity.DelegatedAuthentication;
import io.loopdesk.shared.Audited;
import io.loopdesk.shared.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a service provider's person inside their grants, request by request:
 *
 * <ul>
 *   <li>acting in a tenant, the grant is asked for again; revoked or expired, the person is back to their own
 *       sign-in and this request gets 404 (a page goes to the tenant chooser saying the access ended);
 *   <li>every request they make there goes into that tenant's audit trail (method, path, answer);
 *   <li>outside any tenant, they reach only the chooser and their own session: everything else is 404, so no page
 *       or API tells them what exists anywhere.
 * </ul>
 */
final class DelegatedAccessGuard extends OncePerRequestFilter {

    /** What a provider's person may open before entering a tenant. */
    private static final List<String> OPEN_TO_PERSON = List.of(
            "/act-for",
            "/api/v1/me",
            "/logout",
            "/login",
            "/error",
            "/access-denied",
            "/css/",
            "/js/",
            "/img/",
            "/webjars/");

    private static final List<String> NOT_AUDITED = List.of("/css/", "/js/", "/img/", "/webjars/", "/favicon.ico");

    private final DelegatedAccess access;
    private final ProblemWriter problems;
    private final ApplicationEventPublisher events;

    DelegatedAccessGuard(DelegatedAccess access, ProblemWriter problems, ApplicationEventPublisher events) {
        this.access = access;
        this.problems = problems;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (authentication instanceof DelegatedAuthentication delegated) {
            actInTenant(delegated, path, request, response, chain);
            return;
        }
        Optional<Actor> person = CurrentActor.of(authentication).filter(DelegatedAccess::isProviderPerson);
        if (person.isPresent() && !path.equals("/") && OPEN_TO_PERSON.stream().noneMatch(path::startsWith)) {
            notFound(path, request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private void actInTenant(
            DelegatedAuthentication delegated,
            String path,
            HttpServletRequest request,
            HttpServletResponse response,
            FilterChain chain)
            throws ServletException, IOException {
        Optional<DelegatedAuthentication> now = access.recheck(delegated);
        if (now.isEmpty()) {
            SessionSignIn.keep(delegated.signedIn(), request, response);
            events.publishEvent(Audited.of(
                    delegated.delegated().tenantId(),
                    "delegate.ended",
                    delegated.delegated().username()));
            if (isApi(path) || !"GET".equals(request.getMethod())) {
                notFound(path, request, response);
            } else {
                response.sendRedirect(request.getContextPath() + "/act-for?ended");
            }
            return;
        }
        if (now.get() != delegated) {
            SessionSignIn.keep(now.get(), request, response);
        }
        try {
            chain.doFilter(request, response);
        } finally {
            if (NOT_AUDITED.stream().noneMatch(path::startsWith)) {
                String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
                events.publishEvent(Audited.of(
                        now.get().delegated().tenantId(),
                        "delegate.access",
                        abbreviate(request.getMethod() + " " + path + query) + " → " + response.getStatus()));
            }
        }
    }

    private void notFound(String path, HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (isApi(path)) {
            problems.write(
                    response, ProblemWriter.problem(HttpStatus.NOT_FOUND, "Not found", "There is nothing here."));
        } else {
            response.sendError(HttpStatus.NOT_FOUND.value());
        }
    }

    private static boolean isApi(String path) {
        return path.startsWith("/api/");
    }

    private static String abbreviate(String text) {
        return text.length() > 400 ? text.substring(0, 400) + "…" : text;
    }
}
