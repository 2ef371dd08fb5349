package io.loopdesk.shared;

import org.jspecify.annotations.Nullable;

/**
 * Something done to a tenant's settings, people or secrets that the audit trail keeps: published by the module that
 * did it, inside the transaction that did it, and written to the trail in that same transaction, so a change and
 * its record exist together or not at all. Who did it and from where is taken from the request it happened in.
 *
 * @param tenantId the tenant whose trail keeps it; {@link TenantScope#ALL_TENANTS} for the platform's own
 * @param action what was done, a stable dotted name such as {@code user.roles.changed}
 * @param subject what it was done to, as a person reads it (a username, a mailbox address, a policy name)
 * @param before the state before (a value serialised as JSON), or {@code null} when it did not exist; never a secret
 * @param after the state after, or {@code null} when it no longer exists; never a secret
 */
public record Audited(
        long tenantId,
        String action,
        String subject,
        @Nullable Object before,
        @Nullable Object after) {

    /** Something that has no before and after, such as a secret revealed or a sign-in. */
    public static Audited of(long tenantId, String action, String subject) {
        return new Audited(tenantId, action, subject, null, null);
    }
}
