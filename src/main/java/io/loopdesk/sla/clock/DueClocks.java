package io.loopdesk.sla.clock;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds and claims the tickets whose clocks have reached their next moment ({@link SlaClock#timerAt()}). Plain SQL on
 * the {@code timer_at} index: the due query reads from the start of the index and stops at the first clock that is
 * not due, so it costs the same whether ten or ten million clocks run. A claim is a row lock on the tickets' SLA
 * rows, taken with {@code SKIP LOCKED}: several nodes sweep at once, each taking tickets the others do not hold, and
 * a ticket whose clocks an event is replaying right now waits for the next round instead of holding up the batch.
 */
@Component
public class DueClocks {

    /** Due tickets read per claim, in batches: one for this sweep, the rest for sweeps claiming at the same time. */
    private static final int CANDIDATES_PER_CLAIM = 4;

    private final JdbcClient jdbc;

    DueClocks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The tenants of the {@code scan} clocks that have been due longest; read outside any tenant. */
    public List<Long> tenants(Instant now, int scan) {
        return jdbc.sql("select distinct tenant_id from (select tenant_id from sla_clock where timer_at <= ?"
                        + " order by timer_at limit ?) due")
                .params(Timestamp.from(now), scan)
                .query(Long.class)
                .list();
    }

    /**
     * Locks the SLA rows of up to {@code limit} tickets of the tenant with a clock due, longest due first, for the
     * caller's transaction; tickets another transaction holds are passed over. The due clocks are read first without a
     * lock, then only their tickets' rows are locked: H2 locks every row a locking query reads, of every table it
     * joins (it ignores {@code FOR UPDATE OF}), and a join would hold all the due clocks, which the events replaying
     * those tickets need to write.
     *
     * <p>The candidates are a few batches' worth, so that sweeps running at once each find a batch the others do not
     * hold rather than all reaching for the same longest-due tickets.
     *
     * @return their ids, each once, longest due first; a ticket another sweep finished in between may be among them
     */
    public List<Long> claim(long tenantId, Instant now, int limit) {
        List<Long> candidates = due(tenantId, now, limit * CANDIDATES_PER_CLAIM);
        if (candidates.isEmpty()) {
            return candidates;
        }
        Set<Long> locked = new HashSet<>(jdbc.sql("select ticket_id from sla_ticket where ticket_id in (:ids)"
                        + " order by ticket_id fetch first :limit rows only for update skip locked")
                .param("ids", candidates)
                .param("limit", limit)
                .query(Long.class)
                .list());
        candidates.removeIf(id -> !locked.contains(id));
        return candidates;
    }

    /** Tickets of the tenant with a clock due, without claiming them, each once, longest due first. */
    public List<Long> due(long tenantId, Instant now, int limit) {
        List<Long> rows = jdbc.sql(
                        "select ticket_id from sla_clock where timer_at <= ? and tenant_id = ? order by timer_at limit ?")
                .params(Timestamp.from(now), tenantId, limit)
                .query(Long.class)
                .list();
        return new ArrayList<>(new LinkedHashSet<>(rows));
    }

    /** Locks one ticket's SLA row if it has a clock due; false if it has none or another transaction holds it. */
    public boolean claimOne(long ticketId, Instant now) {
        return !jdbc.sql("select s.ticket_id from sla_ticket s where s.ticket_id = ? and exists (select 1 from"
                        + " sla_clock c where c.ticket_id = s.ticket_id and c.timer_at <= ?) for update skip locked")
                .params(ticketId, Timestamp.from(now))
                .query(Long.class)
                .list()
                .isEmpty();
    }
}
