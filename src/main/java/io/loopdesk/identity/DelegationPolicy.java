package io.loopdesk.identity;

import java.util.List;
import java.util.Optional;

/**
 * Decides which tenants a {@link Role#PROVIDER_STAFF} person may act in, and with which roles. Implemented by the
 * module that keeps the grants; identity asks it when the person enters a tenant and again on every request they make
 * there, so a revoked or expired grant ends their access with their next request, on every node.
 */
public interface DelegationPolicy {

    /** The tenants {@code personId} may act in now, by tenant name. */
    List<Delegation> delegationsOf(long personId);

    /** {@code personId}'s delegation into {@code tenantId} if it holds now, read fresh (no cache may answer). */
    Optional<Delegation> delegation(long personId, long tenantId);
}
