package io.loopdesk.identity;

import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** A user to create. Usernames are unique across the installation because one login page serves all tenants. */
public record NewUser(
        String username,
        String displayName,
        @Nullable String email,
        @Nullable String phone,
        Set<Role> roles,
        CustomerLevel customerLevel) {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,99}");

    public NewUser {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException(
                    "Username must be 2-100 letters, digits, dots, dashes, underscores or @: " + username);
        }
        if (displayName.isBlank()) {
            throw new IllegalArgumentException("Display name is required");
        }
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("A user needs at least one role");
        }
        roles = Set.copyOf(roles);
    }

    public static NewUser staff(String username, String displayName, @Nullable String email, Role... roles) {
        return new NewUser(username, displayName, email, null, Set.of(roles), CustomerLevel.STANDARD);
    }

    public static NewUser customer(
            String username, String displayName, @Nullable String email, @Nullable String phone, CustomerLevel level) {
        return new NewUser(username, displayName, email, phone, Set.of(Role.CUSTOMER), level);
    }
}
