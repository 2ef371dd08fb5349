package io.loopdesk.identity;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A user to create. Usernames are unique across the installation because one login page serves all tenants. */
public record NewUser(
        String username,
        String displayName,
        @Nullable String email,
        @Nullable String phone,
        Set<Role> roles,
        CustomerLevel customerLevel) {

    public NewUser {
        UserFields.username(username);
        UserFields.displayName(displayName);
        UserFields.email(email);
        UserFields.phone(phone);
        if (roles.isEmpty()) {
            throw new InvalidUserException("roles", "identity.roles.required", "A user needs at least one role.");
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
