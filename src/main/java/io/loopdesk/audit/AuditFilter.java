package io.loopdesk.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Which records to list or export; every part optional.
 *
 * @param tenantId one tenant's trail (operators only; others always see their own)
 * @param action an action, or the start of one ({@code sign-in} matches every sign-in record)
 * @param who text the actor's name contains
 * @param from records at or after this instant
 * @param to records before this instant
 */
public record AuditFilter(
        @Nullable Long tenantId,
        @Nullable String action,
        @Nullable String who,
        @Nullable Instant from,
        @Nullable Instant to) {

    public static AuditFilter everything() {
        return new AuditFilter(null, null, null, null, null);
    }
}
