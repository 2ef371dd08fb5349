package io.loopdesk.tenant;

/**
 * A tenant whose data was erased is about to be deleted itself: published inside that transaction, so a module that
 * keeps rows about the tenant outside the tenant's own data removes them with it.
 */
public record TenantRemoving(long tenantId) {}
