package io.loopdesk.quality;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A ticket's quality inspection: queued when the ticket was drawn, scored by an inspector, perhaps appealed once by
 * the agent, and decided by a supervisor (the score upheld or revised).
 *
 * @param agentId who handled the ticket when it was drawn: whose score it is
 * @param score 0 to 100; after a revision, the revised score
 */
public record Inspection(
        long id,
        long ticketId,
        String ticketNumber,
        @Nullable Long agentId,
        Reason reason,
        Status status,
        Instant queuedAt,
        @Nullable String inspectorName,
        @Nullable BigDecimal score,
        boolean redLine,
        @Nullable String comment,
        @Nullable Instant scoredAt,
        @Nullable String appeal,
        @Nullable Instant appealedAt,
        @Nullable String decision,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        List<ItemScore> items) {

    /** Why the ticket is inspected. */
    public enum Reason {
        SAMPLED,
        COMPLAINT,
        LOW_RATING,
        REOPENED,
        /** A reply of the agent was refused for abusive words. */
        REFUSED_REPLY
    }

    public enum Status {
        /** Waiting for an inspector. */
        PENDING,
        /** Scored; the agent may appeal. */
        SCORED,
        /** The agent appealed; a supervisor decides. */
        APPEALED,
        /** The appeal was turned down: the score stands. */
        UPHELD,
        /** The appeal was granted: the score was changed. */
        REVISED
    }

    /** Whether the agent may still appeal: scored, never appealed, within the tenant's days. */
    public boolean appealableAt(Instant now, int appealDays) {
        return status == Status.SCORED
                && scoredAt != null
                && now.isBefore(scoredAt.plus(java.time.Duration.ofDays(appealDays)));
    }

    Inspection withItems(List<ItemScore> scored) {
        return new Inspection(
                id,
                ticketId,
                ticketNumber,
                agentId,
                reason,
                status,
                queuedAt,
                inspectorName,
                score,
                redLine,
                comment,
                scoredAt,
                appeal,
                appealedAt,
                decision,
                decidedBy,
                decidedAt,
                List.copyOf(scored));
    }
}
