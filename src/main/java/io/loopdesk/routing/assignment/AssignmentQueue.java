package io.loopdesk.routing.assignment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tickets waiting for an agent, highest priority first, then oldest. Plain SQL: several nodes take entries with
 * {@code FOR UPDATE SKIP LOCKED}, so each entry is handled by exactly one of them.
 */
@Component
public class AssignmentQueue {

    /** One waiting ticket. */
    public record Entry(
            long ticketId,
            long tenantId,
            String number,
            @Nullable Long teamId,
            @Nullable String skill,
            int priority) {}

    private final JdbcClient jdbc;

    AssignmentQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues the ticket, or moves it in the queue if it waits already (with its place in the line kept). */
    public void put(Entry entry, Instant now) {
        // insert first: nearly every ticket is queued once, so this is one statement; a conflict skips the insert
        // without failing the transaction
        int inserted = jdbc.sql("insert into routing_queue (ticket_id, tenant_id, ticket_number, team_id, skill, "
                        + "priority, enqueued_at, attempts) values (?, ?, ?, ?, ?, ?, ?, 0) on conflict do nothing")
                .params(
                        entry.ticketId(),
                        entry.tenantId(),
                        entry.number(),
                        entry.teamId(),
                        entry.skill(),
                        entry.priority(),
                        // an OffsetDateTime, not a Timestamp: H2 would read a Timestamp in the JVM's zone and shift it
                        // by an hour in the night the clocks go back
                        now.atOffset(ZoneOffset.UTC))
                .update();
        if (inserted == 0) {
            jdbc.sql("update routing_queue set team_id = ?, skill = ?, priority = ? where ticket_id = ?")
                    .params(entry.teamId(), entry.skill(), entry.priority(), entry.ticketId())
                    .update();
        }
    }

    public void remove(long ticketId) {
        jdbc.sql("delete from routing_queue where ticket_id = ?")
                .param(ticketId)
                .update();
    }

    /** A waiting ticket, the desk it waits for (its team and the skill it needs) and its place in the line. */
    record Waiting(
            long ticketId, @Nullable Long teamId, @Nullable String skill, int priority, Instant enqueuedAt) {}

    /**
     * The waiting tickets of a tenant in the order agents should get them, the first {@code limit} after {@code
     * after} (from the head of the line if {@code null}). Read by position rather than by offset, in two reads that
     * each start inside the line index: the rest of {@code after}'s priority, then the lower priorities. One read
     * with "lower priority, or same priority and later" would be right too, but PostgreSQL cannot seek the index
     * with an {@code or}: it filtered every entry before the position on each batch. The row comparison it can.
     */
    List<Waiting> waiting(long tenantId, @Nullable Waiting after, int limit) {
        if (after == null) {
            return jdbc.sql(SELECT + " where tenant_id = ?" + inLine(limit))
                    .param(tenantId)
                    .query(AssignmentQueue::waitingRow)
                    .list();
        }
        OffsetDateTime at = after.enqueuedAt().atOffset(ZoneOffset.UTC);
        List<Waiting> line = new ArrayList<>(jdbc.sql(SELECT
                        + " where tenant_id = ? and priority = ?"
                        + " and (enqueued_at, ticket_id) > (?, ?)" + inLine(limit))
                .params(tenantId, after.priority(), at, after.ticketId())
                .query(AssignmentQueue::waitingRow)
                .list());
        if (line.size() < limit) {
            line.addAll(jdbc.sql(SELECT + " where tenant_id = ? and priority < ?" + inLine(limit - line.size()))
                    .params(tenantId, after.priority())
                    .query(AssignmentQueue::waitingRow)
                    .list());
        }
        return line;
    }

    private static final String SELECT = "select ticket_id, team_id, skill, priority, enqueued_at from routing_queue";

    private static String inLine(int limit) {
        return " order by priority desc, enqueued_at, ticket_id fetch first " + limit + " rows only";
    }

    private static Waiting waitingRow(ResultSet rs, int row) throws SQLException {
        return new Waiting(
                rs.getLong(1),
                (Long) rs.getObject(2, Long.class),
                rs.getString(3),
                rs.getInt(4),
                rs.getObject(5, OffsetDateTime.class).toInstant());
    }

    /** Tenants with waiting tickets. */
    public List<Long> tenantsWaiting() {
        return jdbc.sql("select distinct tenant_id from routing_queue")
                .query(Long.class)
                .list();
    }

    /** Locks one entry for this transaction; empty if another node holds it or it is gone. */
    @Nullable
    Entry lock(long ticketId) {
        return jdbc.sql("select ticket_id, tenant_id, ticket_number, team_id, skill, priority from routing_queue "
                        + "where ticket_id = ? for update skip locked")
                .param(ticketId)
                .query((rs, row) -> new Entry(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        (Long) rs.getObject(4, Long.class),
                        rs.getString(5),
                        rs.getInt(6)))
                .optional()
                .orElse(null);
    }

    void countAttempt(long ticketId) {
        jdbc.sql("update routing_queue set attempts = attempts + 1 where ticket_id = ?")
                .param(ticketId)
                .update();
    }
}
