package io.loopdesk.sla;

import java.time.Instant;

/**
 * One cycle of a ticket's SLA target settled: published exactly once per ticket, target and cycle, in the transaction
 * that settles it (the publication registry keeps it until every listener has it). Missed when the breach of that
 * cycle is recorded; met when its clock stopped (a reply, an estimate, solving, closing) within its budget and no
 * breach had been recorded. The first settlement stands: a cycle once missed is not met later when it is answered.
 *
 * @param cycle 1 for a target's first run; the next response counts one more for each customer message it starts
 *     on, the resolution one more for each reopening
 * @param dueAt when the cycle was due
 * @param settledAt when it was met (the clock stopped), or when its breach was recorded
 */
public record SlaOutcome(
        long tenantId,
        long ticketId,
        String number,
        SlaTarget target,
        int cycle,
        boolean met,
        Instant dueAt,
        Instant settledAt) {}
