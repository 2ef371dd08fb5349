package io.loopdesk.sla.clock;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
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
     * caller's transaction; tickets another transaction holds are passed over.
     *
     * @return their ids, each once
     */
    public List<Long> claim(long tenantId, Instant now, int limit) {
        List<Long> rows = jdbc.sql("select c.ticket_id from sla_clock c join sla_ticket s on s.ticket_id = c.ticket_id"
                        + " where c.timer_at <= ? and c.tenant_id = ? order by c.timer_at limit ?"
                        + " for update of s skip locked")
                .params(Timestamp.from(now), tenantId, limit)
                .query(Long.class)
                .list();
        return new ArrayList<>(new LinkedHashSet<>(rows));
    }

    /** Tickets of the tenant with a clock due, without claiming them: for trying each again on its own. */
    public List<Long> due(long tenantId, Instant now, int limit) {
        return new ArrayList<>(new LinkedHashSet<>(jdbc.sql(
                        "select ticket_id from sla_clock where timer_at <= ? and tenant_id = ? order by timer_at limit ?")
                .params(Timestamp.from(now), tenantId, limit)
                .query(Long.class)
                .list()));
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
