package io.loopdesk.routing.duty;

import io.loopdesk.routing.assignment.Assigner;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who holds which open ticket: the load that caps and balancing count. Kept by routing itself from the ticket
 * events (and written directly by automatic assignment, under the agents' row locks).
 */
@Component
public class Workloads {

    /** An on-duty agent who may take a ticket, locked for the decision. */
    public record Candidate(
            long userId,
            @Nullable Integer cap,
            String skills,
            @Nullable Instant lastAssigned) {}

    private final JdbcClient jdbc;

    Workloads(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The on-duty agents of a tenant (of one team if given), locked in id order so that two nodes deciding for the
     * same team wait for each other instead of deadlocking. A run of decisions in one transaction ({@link Assigner})
     * locks several teams' agents one after another and can still meet another node's run crosswise; the database
     * then fails one of the two, and that run is decided again one ticket per transaction.
     */
    public List<Candidate> lockOnDuty(long tenantId, @Nullable Long teamId) {
        String sql = "select p.user_id, p.ticket_cap, p.skills, p.last_assigned from agent_profile p "
                + "where p.tenant_id = ? and p.on_duty = true"
                + (teamId == null ? "" : " and p.user_id in (select m.user_id from team_member m where m.team_id = ?)")
                + " order by p.user_id for update";
        var statement = jdbc.sql(sql).param(tenantId);
        if (teamId != null) {
            statement = statement.param(teamId);
        }
        return statement
                .query((rs, row) -> new Candidate(
                        rs.getLong(1),
                        (Integer) rs.getObject(2, Integer.class),
                        rs.getString(3),
                        rs.getTimestamp(4) == null ? null : rs.getTimestamp(4).toInstant()))
                .list();
    }

    /**
     * Whether any on-duty agent of the tenant holds fewer open tickets than their cap ({@code defaultCap} where
     * they have none of their own): if not, no waiting ticket can be assigned, whatever its team or skill. Each
     * agent's tickets are counted only up to the cap, and the look stops at the first agent with room, so it costs
     * little however many tickets the desk holds. One read-only transaction, so the counts share one connection.
     */
    @Transactional(readOnly = true)
    public boolean anyoneHasRoom(long tenantId, int defaultCap) {
        List<Seat> onDuty = jdbc.sql("select user_id, coalesce(ticket_cap, ?) from agent_profile"
                        + " where tenant_id = ? and on_duty = true")
                .params(defaultCap, tenantId)
                .query((rs, row) -> new Seat(rs.getLong(1), rs.getInt(2)))
                .list();
        for (Seat seat : onDuty) {
            int held = jdbc.sql("select count(*) from (select 1 from assignment where agent_id = ? and active = true"
                            + " fetch first ? rows only) held")
                    .params(seat.userId(), seat.cap())
                    .query(Integer.class)
                    .single();
            if (held < seat.cap()) {
                return true;
            }
        }
        return false;
    }

    /** An on-duty agent and how many open tickets they may hold. */
    private record Seat(long userId, int cap) {}

    /** Open tickets held by each of these agents. */
    public Map<Long, Integer> loads(Collection<Long> agents) {
        Map<Long, Integer> loads = new HashMap<>();
        if (agents.isEmpty()) {
            return loads;
        }
        String in = String.join(",", agents.stream().map(String::valueOf).toList());
        jdbc.sql("select agent_id, count(*) from assignment where active = true and agent_id in (" + in + ") "
                        + "group by agent_id")
                .query((rs, row) -> loads.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return loads;
    }

    /** Records that {@code agentId} holds the ticket now (replacing whoever held it). */
    public void hold(
            long ticketId,
            long tenantId,
            String number,
            long agentId,
            @Nullable Long teamId,
            String status,
            int priority,
            boolean active,
            Instant now) {
        // insert first: a ticket's first assignment is the common case; a conflict skips the insert without failing
        // the transaction
        int inserted = jdbc.sql("insert into assignment (ticket_id, tenant_id, ticket_number, agent_id, team_id, "
                        + "status, priority, active, assigned_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict do nothing")
                .params(ticketId, tenantId, number, agentId, teamId, status, priority, active, Timestamp.from(now))
                .update();
        if (inserted == 0) {
            jdbc.sql("update assignment set agent_id = ?, team_id = ?, status = ?, active = ?, assigned_at = ? "
                            + "where ticket_id = ?")
                    .params(agentId, teamId, status, active, Timestamp.from(now), ticketId)
                    .update();
        }
    }

    public void release(long ticketId) {
        jdbc.sql("delete from assignment where ticket_id = ?").param(ticketId).update();
    }

    /** A status change: tickets waiting for confirmation or done no longer weigh on their agent. */
    public void status(long ticketId, String status, boolean active) {
        jdbc.sql("update assignment set status = ?, active = ? where ticket_id = ?")
                .params(status, active, ticketId)
                .update();
    }

    public void assigned(long agentId, Instant now) {
        jdbc.sql("update agent_profile set last_assigned = ? where user_id = ?")
                .params(Timestamp.from(now), agentId)
                .update();
    }

    /** The open tickets of an agent in the given statuses, for handing them over. */
    public List<Held> heldBy(long agentId, Collection<String> statuses) {
        String in = String.join(",", statuses.stream().map(s -> "'" + s + "'").toList());
        return jdbc.sql("select ticket_id, tenant_id, ticket_number, team_id, priority from assignment "
                        + "where agent_id = ? and active = true and status in (" + in + ")")
                .param(agentId)
                .query((rs, row) -> new Held(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        (Long) rs.getObject(4, Long.class),
                        rs.getInt(5)))
                .list();
    }

    /** A ticket an agent holds. */
    public record Held(
            long ticketId,
            long tenantId,
            String number,
            @Nullable Long teamId,
            int priority) {}

    @Nullable
    public Integer priorityOf(long ticketId) {
        return jdbc.sql("select priority from assignment where ticket_id = ?")
                .param(ticketId)
                .query(Integer.class)
                .optional()
                .orElse(null);
    }

    public long ticketIdOf(String number) {
        return jdbc.sql("select ticket_id from assignment where ticket_number = ?")
                .param(number)
                .query(Long.class)
                .optional()
                .orElse(-1L);
    }
}
