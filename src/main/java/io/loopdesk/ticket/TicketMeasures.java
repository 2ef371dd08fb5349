package io.loopdesk.ticket;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what reports count of tickets ({@link TicketMeasure}) straight from the ticket tables, a batch at a time:
 * the reporting module keeps its rollups from these, after every change and again in its nightly check. For the
 * system only (no access checks): callers pass ids they got from ticket events.
 */
@Service
public class TicketMeasures {

    /** Ids per statement: well under every database's limit on parameters. */
    static final int BATCH = 500;

    private static final Set<String> SOLVED =
            Set.of(TicketStatus.AWAITING_CONFIRMATION.name(), TicketStatus.RESOLVED.name());

    private final JdbcClient jdbc;

    TicketMeasures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The measures of those of {@code ticketIds} that exist in the tenant; the others are left out. */
    @Transactional(readOnly = true)
    public List<TicketMeasure> of(long tenantId, Collection<Long> ticketIds) {
        List<Long> ids = List.copyOf(ticketIds);
        List<TicketMeasure> measures = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += BATCH) {
            measures.addAll(batch(tenantId, ids.subList(from, Math.min(ids.size(), from + BATCH))));
        }
        return measures;
    }

    /** The ids of the tenant's tickets registered at or after {@code since}, for the nightly check. */
    @Transactional(readOnly = true)
    public List<Long> registeredSince(long tenantId, Instant since) {
        return jdbc.sql("select id from ticket where tenant_id = ? and registered_at >= ? order by id")
                .params(tenantId, Timestamp.from(since))
                .query(Long.class)
                .list();
    }

    private List<TicketMeasure> batch(long tenantId, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Moments> moments = new HashMap<>();
        jdbc.sql("select ticket_id, old_value, new_value, occurred_at from ticket_history"
                        + " where tenant_id = :tenant and ticket_id in (:ids) and field = 'status'"
                        + " order by ticket_id, occurred_at, id")
                .param("tenant", tenantId)
                .param("ids", ids)
                .query(rs -> {
                    Moments m = moments.computeIfAbsent(rs.getLong(1), id -> new Moments());
                    String before = rs.getString(2);
                    String after = rs.getString(3);
                    Instant at = instant(rs, 4);
                    if (m.firstSolvedAt == null && after != null && SOLVED.contains(after)) {
                        m.firstSolvedAt = at;
                    }
                    if (m.firstReopenedAt == null
                            && before != null
                            && SOLVED.contains(before)
                            && TicketStatus.IN_PROGRESS.name().equals(after)) {
                        m.firstReopenedAt = at;
                    }
                });
        jdbc.sql("select ticket_id, created_at from ticket_message where tenant_id = :tenant and ticket_id in (:ids)"
                        + " and from_customer = false and kind = 'PUBLIC_REPLY'")
                .param("tenant", tenantId)
                .param("ids", ids)
                .query(rs -> {
                    moments.computeIfAbsent(rs.getLong(1), id -> new Moments())
                            .replies
                            .add(instant(rs, 2));
                });
        return jdbc.sql(
                        "select id, tenant_id, number, channel, urgency, category, team_id, assignee_id, product, status,"
                                + " complaint, registered_at, first_response_at, closed_at, reopen_count"
                                + " from ticket where tenant_id = :tenant and id in (:ids)")
                .param("tenant", tenantId)
                .param("ids", ids)
                .query((rs, row) -> {
                    long id = rs.getLong(1);
                    Moments m = moments.getOrDefault(id, new Moments());
                    return new TicketMeasure(
                            id,
                            rs.getLong(2),
                            rs.getString(3),
                            Channel.valueOf(rs.getString(4)),
                            Urgency.valueOf(rs.getString(5)),
                            rs.getString(6),
                            (Long) rs.getObject(7, Long.class),
                            (Long) rs.getObject(8, Long.class),
                            rs.getString(9),
                            TicketStatus.valueOf(rs.getString(10)),
                            rs.getBoolean(11),
                            instant(rs, 12),
                            instant(rs, 13),
                            m.firstSolvedAt,
                            instant(rs, 14),
                            m.firstReopenedAt,
                            rs.getInt(15),
                            m.repliesUpTo(m.firstSolvedAt));
                })
                .list();
    }

    private static @Nullable Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp at = rs.getTimestamp(column);
        return at == null ? null : at.toInstant();
    }

    private static final class Moments {
        @Nullable
        Instant firstSolvedAt;

        @Nullable
        Instant firstReopenedAt;

        final List<Instant> replies = new ArrayList<>();

        int repliesUpTo(@Nullable Instant until) {
            return (int) replies.stream()
                    .filter(at -> until == null || !at.isAfter(until))
                    .count();
        }
    }
}
