package io.loopdesk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One record of a tenant's audit trail.
 *
 * @param sequence its place in its tenant's chain, from 1
 * @param actorId the user who did it, or {@code null} for the system or someone not signed in
 * @param address the client address the request came from, or {@code null} for work no request started
 * @param before the state before, as JSON, or {@code null}
 * @param after the state after, as JSON, or {@code null}
 * @param hash SHA-256 over {@code previousHash} and every other field
 */
public record AuditEntry(
        long id,
        long tenantId,
        long sequence,
        Instant occurredAt,
        @Nullable Long actorId,
        String actorName,
        @Nullable String address,
        String action,
        String subject,
        @Nullable String before,
        @Nullable String after,
        String previousHash,
        String hash) {

    /** Whether {@code hash} is what this record's fields and {@code previousHash} give. */
    boolean intact() {
        return hash.equals(ChainHash.of(this));
    }

    /** This record sealed: its hash computed over its fields. */
    AuditEntry sealed() {
        return new AuditEntry(
                id,
                tenantId,
                sequence,
                occurredAt,
                actorId,
                actorName,
                address,
                action,
                subject,
                before,
                after,
                previousHash,
                ChainHash.of(this));
    }
}
