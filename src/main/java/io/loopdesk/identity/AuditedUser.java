package io.loopdesk.identity;

import io.loopdesk.shared.Masked;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An account as the audit trail keeps it: enough to see what changed, with its e-mail address and phone masked as
 * tenant admins see contacts everywhere else.
 */
record AuditedUser(
        String username,
        String displayName,
        @Nullable String email,
        @Nullable String phone,
        Set<Role> roles,
        CustomerLevel customerLevel,
        boolean enabled) {

    static AuditedUser of(UserView user) {
        return new AuditedUser(
                user.username(),
                user.displayName(),
                user.email() == null ? null : Masked.email(user.email()),
                user.phone() == null ? null : Masked.mobile(user.phone()),
                user.roles(),
                user.customerLevel(),
                user.enabled());
    }
}
