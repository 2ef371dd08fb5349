package io.loopdesk.reporting.rollup;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything the rollups count of one ticket, as derived from the modules that own it (ticket, routing, survey,
 * SLA). Kept per ticket as last folded, so a change folds in as the difference between the old fact's
 * contributions and the new one's.
 *
 * @param openStatus the status while the ticket is open, {@code null} once it is resolved or closed (and in facts
 *     folded before the backlog was kept, which the V9_9 migration marks for folding again)
 */
public record TicketFact(
        long ticketId,
        long tenantId,
        String number,
        @Nullable Long teamId,
        @Nullable Long agentId,
        @Nullable String category,
        @Nullable String categoryRoot,
        String channel,
        String urgency,
        @Nullable String product,
        Instant registeredAt,
        @Nullable Instant firstResponseAt,
        long responseSeconds,
        long responseBusinessSeconds,
        @Nullable Instant firstSolvedAt,
        long resolutionSeconds,
        long resolutionBusinessSeconds,
        @Nullable Instant closedAt,
        @Nullable Instant firstReopenedAt,
        boolean firstContactResolved,
        int transfers,
        int dispatches,
        int escalations,
        boolean complaint,
        @Nullable Rated rating,
        List<SlaResult> sla,
        @Nullable List<String> words,
        @Nullable List<String> phrases,
        @Nullable String openStatus,
        @Nullable Inspected quality) {

    /** Facts folded before words were counted have none ({@code null} in their JSON). */
    public TicketFact {
        sla = List.copyOf(sla);
        words = words == null ? List.of() : List.copyOf(words);
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
    }

    /** The ticket's final quality-inspection score (0–100, in tenths) and when it became final. */
    public record Inspected(Instant at, int scoreTenths) {}

    /** The customer's scores, 1–5 each, and the short form of them. */
    public record Rated(
            Instant at,
            @Nullable Integer speed,
            @Nullable Integer expertise,
            @Nullable Integer resolution,
            @Nullable Integer attitude,
            String satisfaction,
            @Nullable Integer nps) {}

    /** One SLA target of one cycle, settled: met or breached. */
    public record SlaResult(String target, int cycle, boolean met, Instant at) {}
}
