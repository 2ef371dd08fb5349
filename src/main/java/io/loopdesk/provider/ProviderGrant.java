package io.loopdesk.provider;

import io.loopdesk.identity.Role;
import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A grant: {@code userId}, a person of provider {@code providerId}, may act in {@code tenantId} with {@code roles}
 * until {@code validUntil} (or until revoked when that is {@code null}).
 */
public record ProviderGrant(
        long id,
        long providerId,
        String providerName,
        long userId,
        String personName,
        long tenantId,
        Set<Role> roles,
        @Nullable Instant validUntil,
        String grantedBy,
        Instant grantedAt,
        @Nullable String revokedBy,
        @Nullable Instant revokedAt) {

    public ProviderGrant {
        roles = Set.copyOf(roles);
    }

    /** Whether the grant itself holds at {@code now} (the tenant's state aside). */
    public boolean holds(Instant now) {
        return revokedAt == null && (validUntil == null || now.isBefore(validUntil));
    }
}
