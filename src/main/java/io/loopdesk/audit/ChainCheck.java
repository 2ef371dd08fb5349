package io.loopdesk.audit;

import org.jspecify.annotations.Nullable;

/**
 * What verifying a tenant's trail found: how many records it read, and the first link that does not hold, if any.
 *
 * @param broken the first record that does not chain, or {@code null} when the whole chain holds
 */
public record ChainCheck(
        long tenantId, long records, @Nullable BrokenLink broken) {

    /** Why a record does not chain. */
    public enum Reason {
        /** Its fields no longer give its hash: it was changed. */
        CHANGED,
        /** It does not point at the hash of the record before it: something between was changed or rewritten. */
        RELINKED,
        /** A sequence number is missing before it: a record was removed. */
        REMOVED,
        /** The chain's head names newer records than there are: the newest were removed. */
        TRUNCATED
    }

    /** The first record (its id and place in the chain) at which the chain breaks, and why. */
    public record BrokenLink(long id, long sequence, Reason reason) {}

    public boolean intact() {
        return broken == null;
    }
}
