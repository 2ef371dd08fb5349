package io.loopdesk.shared;

/**
 * Implemented by an authenticated principal so that tenant scoping can be derived from whoever is signed in,
 * without this module knowing how identities are stored.
 */
public interface TenantMember {

    /** The tenant the principal belongs to. */
    long tenantId();

    /** Whether the principal may read and write every tenant's data (platform operators). */
    boolean seesAllTenants();
}
