package io.loopdesk.identity;

import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What other modules may know about a user.
 *
 * @param preferredLocale the language the person reads notices in, or {@code null} for their tenant's
 */
public record UserView(
        long id,
        long tenantId,
        String username,
        String displayName,
        @Nullable String email,
        @Nullable String phone,
        Set<Role> roles,
        CustomerLevel customerLevel,
        boolean enabled,
        @Nullable Locale preferredLocale) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
