package io.loopdesk.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What other modules may know about a user. */
public record UserView(
        long id,
        long tenantId,
        String username,
        String displayName,
        @Nullable String email,
        @Nullable String phone,
        Set<Role> roles,
        CustomerLevel customerLevel,
        boolean enabled) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
