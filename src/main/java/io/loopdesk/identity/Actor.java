package io.loopdesk.identity;

import io.loopdesk.shared.TenantMember;
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

    private static final Actor SYSTEM = new Actor(null, 0L, "system", "Loopdesk", Set.of());

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }

    /** The system itself: timers, pollers and automatic rules. */
    public static Actor system() {
        return SYSTEM;
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

    @Override
    public boolean seesAllTenants() {
        return isSystem() || has(Role.PLATFORM_OPERATOR);
    }
}
