package io.loopdesk.sla;

import io.loopdesk.sla.clock.OutcomeRecord;
import io.loopdesk.sla.clock.OutcomeRecordRepository;
import io.loopdesk.sla.clock.SlaClock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The settled SLA outcomes ({@link SlaOutcome}): each is written to the SLA tables once, with its event, in the
 * transaction that settles it; {@link #ofTickets} reads them back, so a report fed by the events can check itself.
 */
@Service
public class SlaOutcomes {

    /** Tickets read per query, within the parameter limits of both databases. */
    private static final int CHUNK = 500;

    private final OutcomeRecordRepository records;
    private final ApplicationEventPublisher events;
    private final SlaAccess access;

    SlaOutcomes(OutcomeRecordRepository records, ApplicationEventPublisher events, SlaAccess access) {
        this.records = records;
        this.events = events;
        this.access = access;
    }

    /**
     * The outcomes settled so far of these tickets of the tenant (other tenants' tickets are not seen), per ticket
     * in the order they settled: the same as the {@link SlaOutcome} events published for them. For system work (a
     * nightly reconciliation), so no caller check. Tickets tracked before outcomes were kept have their breaches and,
     * for clocks stopped in time, the last cycle's outcome (filled in when the table was made); their events start
     * with the first outcome settled since.
     */
    public List<SlaOutcome> ofTickets(long tenantId, Collection<Long> ticketIds) {
        List<Long> ids = ticketIds.stream().distinct().sorted().toList();
        List<SlaOutcome> outcomes = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            access.inTenant(
                    tenantId,
                    () -> outcomes.addAll(records.findByTicketIdInOrderByTicketIdAscSettledAtAscIdAsc(chunk).stream()
                            .map(OutcomeRecord::outcome)
                            .toList()));
        }
        return outcomes;
    }

    /**
     * Settles a cycle of the clock, once: records it and publishes it, in the caller's transaction (which holds the
     * ticket's SLA row locked, so no other replay settles the same cycle meanwhile); nothing if it is settled
     * already.
     *
     * @return whether it was settled now
     */
    boolean settle(
            SlaTicket row,
            SlaClock clock,
            int cycle,
            boolean met,
            java.time.Instant dueAt,
            java.time.Instant settledAt) {
        if (clock.isSettled(cycle)) {
            return false;
        }
        clock.settled(cycle);
        SlaOutcome outcome = new SlaOutcome(
                row.tenantId(), row.ticketId(), row.ticketNumber(), clock.target(), cycle, met, dueAt, settledAt);
        records.save(new OutcomeRecord(outcome));
        events.publishEvent(outcome);
        return true;
    }
}
