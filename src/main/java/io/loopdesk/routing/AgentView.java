package io.loopdesk.routing;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An agent as routing sees them.
 *
 * @param ticketCap their own cap, or {@code null} for the tenant's default
 * @param dutySince when they last went on or off duty
 */
public record AgentView(
        long userId,
        long tenantId,
        Set<String> skills,
        @Nullable Integer ticketCap,
        boolean onDuty,
        @Nullable Instant dutySince) {}
