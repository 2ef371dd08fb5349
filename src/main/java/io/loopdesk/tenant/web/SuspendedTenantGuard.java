package io.loopdesk.tenant.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CurrentActor;
import io.loopdesk.shared.web.ProblemWriter;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Keeps a suspended tenant's people out, however they signed in (a page session, a password on each API request, an
 * API token): their next request after the suspension is refused — a page signs them out and shows the sign-in page
 * saying why, the API answers 403. Runs after Spring Security has said who is asking; the tenant is remembered on
 * every node and forgotten on every node when an operator suspends it, so the check costs no query.
 *
 * <p>Registered by {@link SuspendedTenantGuardConfiguration} rather than found as a component, so a web slice
 * test without the tenant module does not need it.
 */
final class SuspendedTenantGuard extends OncePerRequestFilter {

    private final Tenants tenants;
    private final ProblemWriter problems;

    SuspendedTenantGuard(Tenants tenants, ProblemWriter problems) {
        this.tenants = tenants;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Actor> actor = CurrentActor.find().filter(a -> !a.isSystem());
        boolean suspended = actor.flatMap(a -> tenants.byId(a.tenantId()))
                .map(TenantInfo::suspended)
                .orElse(false);
        if (!suspended) {
            chain.doFilter(request, response);
            return;
        }
        SecurityContextHolder.clearContext();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            problems.write(
                    response,
                    ProblemWriter.problem(
                            HttpStatus.FORBIDDEN,
                            "Tenant suspended",
                            "This tenant's service is suspended; its people and apps cannot use Loopdesk until the"
                                    + " platform reactivates it."));
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?suspended");
    }
}
