package io.loopdesk.identity;

import io.loopdesk.shared.TenantMember;
import io.loopdesk.shared.TenantScope;
import java.io.Serializable;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is doing something: a signed-in person, an integration acting through an API token, or the system itself
 * (timers, mail polling). Every change in Loopdesk is recorded with its actor.
 *
 * @param userId the user, or {@code null} for the system
 * @param tenantId the tenant the actor belongs to
 * @param name what history and timelines show
 */
public record Actor(@Nullable Long userId, long tenantId, String username, String name, Set<Role> roles)
        implements Serializable, TenantMember {

    private static final Actor ACROSS_TENANTS =
            new Actor(null, TenantScope.ALL_TENANTS, "system", "Loopdesk", Set.of());
    private static final Actor NOWHERE = new Actor(null, TenantScope.NO_TENANT, "system", "Loopdesk", Set.of());

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /**
     * The system itself (timers, pollers, automatic rules) acting in the scope its work already runs in: one
     * tenant's inside {@link TenantScope#inTenant}, every tenant's only inside {@link TenantScope#asSystem}, and
     * nothing at all in work that named no scope. So handing the system actor to a service never widens what the
     * work may see.
     */
    public static Actor system() {
        long scope = TenantScope.current();
        if (scope == TenantScope.ALL_TENANTS) {
            return ACROSS_TENANTS;
        }
        return scope == TenantScope.NO_TENANT ? NOWHERE : system(scope);
    }

    /** The system acting for one tenant, e.g. on an event that names its tenant. */
    public static Actor system(long tenantId) {
        return new Actor(null, tenantId, "system", "Loopdesk", Set.of());
    }

    public boolean isSystem() {
        return userId == null;
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Set<Role> anyOf) {
        return roles.stream().anyMatch(anyOf::contains);
    }

    /** A customer acting for themselves, with no staff role besides. */
    public boolean isCustomer() {
        return has(Role.CUSTOMER) && !hasAny(Role.HANDLERS) && !has(Role.QA);
    }

    public boolean isStaff() {
        return !isSystem() && !isCustomer();
    }

    /**
     * Staff who handle or inspect tickets; a knowledge editor is staff but does not (they read no tickets, SLA
     * clocks or scorecards).
     */
    public boolean worksTickets() {
        return hasAny(Role.HANDLERS) || has(Role.QA);
    }

    @Override
    public boolean seesAllTenants() {
        return (isSystem() && tenantId == TenantScope.ALL_TENANTS) || has(Role.PLATFORM_OPERATOR);
    }
}
