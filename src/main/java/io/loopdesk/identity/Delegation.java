package io.loopdesk.identity;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a person of another organisation may do in one tenant, now: the tenant, the roles they act with there, the
 * name the tenant's people see them by, and until when.
 *
 * @param tenantName the tenant as the person picks it in the page header
 * @param actingAs the name the tenant's history, timelines and audit trail show, e.g. "林伟 · 环球客服"
 * @param until when the delegation ends by itself, or {@code null} for until it is revoked
 */
public record Delegation(
        long tenantId,
        String tenantName,
        Set<Role> roles,
        String actingAs,
        @Nullable Instant until) {

    public Delegation {
        if (roles.isEmpty() || !Role.DELEGABLE.containsAll(roles)) {
            throw new IllegalArgumentException("Not delegable roles: " + roles);
        }
        roles = Collections.unmodifiableSet(EnumSet.copyOf(roles));
    }
}
