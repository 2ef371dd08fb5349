package io.loopdesk.audit;

import io.loopdesk.shared.Sha256;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The hash that chains an audit record to the one before it: SHA-256 over the previous hash and each field, every
 * field written with its length first, so no two different records give the same input ("ab" + "c" is not "a" +
 * "bc"). The time is taken to the microsecond, as both databases store it.
 */
final class ChainHash {

    /** The "previous hash" of a tenant's first record. */
    static final String GENESIS = "0".repeat(64);

    private ChainHash() {}

    static String of(AuditEntry entry) {
        StringBuilder input = new StringBuilder(512);
        field(input, entry.previousHash());
        field(input, Long.toString(entry.tenantId()));
        field(input, Long.toString(entry.sequence()));
        field(input, Long.toString(ChronoUnit.MICROS.between(java.time.Instant.EPOCH, entry.occurredAt())));
        field(input, entry.actorId() == null ? null : entry.actorId().toString());
        field(input, entry.actorName());
        field(input, entry.address());
        field(input, entry.action());
        field(input, entry.subject());
        field(input, entry.before());
        field(input, entry.after());
        return Sha256.hex(input.toString());
    }

    private static void field(StringBuilder input, @Nullable String value) {
        if (value == null) {
            input.append("-;");
        } else {
            input.append(value.length()).append(':').append(value).append(';');
        }
    }
}
