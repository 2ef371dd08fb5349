package io.loopdesk.ticket.measure;

import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.value.Urgency;
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
                                + " complaint, registered_at, first_response_at, closed_at, reopen_count, title, description"
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
                            m.repliesUpTo(m.firstSolvedAt),
                            text(rs.getString(16), rs.getString(17)));
                })
                .list();
    }

    private static String text(@Nullable String title, @Nullable String description) {
        String start = description == null ? "" : description;
        if (start.length() > TicketMeasure.TEXT_LENGTH) {
            start = start.substring(0, TicketMeasure.TEXT_LENGTH);
        }
        return (title == null ? "" : title) + "\n" + start;
    }

    /**
     * Open tickets of one status and team: how many, since when the oldest waits, and how many by age band:
     * {@code ages[0]} registered since the newest bound, {@code ages[i]} between bound i and bound i-1, the last one
     * before every bound.
     */
    public record BacklogLine(
            TicketStatus status, @Nullable Long teamId, long count, Instant oldest, List<Long> ages) {}

    /** From {@code from} (included) to {@code until} (excluded). */
    public record Span(Instant from, Instant until) {}

    /** An open ticket as the live wall lists it: no customer data, only what says how late it is. */
    public record OpenLine(
            String number,
            String title,
            TicketStatus status,
            Urgency urgency,
            @Nullable Long teamId,
            @Nullable Long assigneeId,
            Instant registeredAt,
            Instant resolutionDueAt) {}

    private static final List<String> OPEN = List.of(
            TicketStatus.NEW.name(),
            TicketStatus.IN_PROGRESS.name(),
            TicketStatus.WAITING_CUSTOMER.name(),
            TicketStatus.AWAITING_CONFIRMATION.name());

    /**
     * Tickets registered from {@code from} (included) to {@code to} (excluded) per slot of {@code slotSeconds}:
     * element i counts slot i. Reads the registration times through the (tenant, registered) index; a day is a few
     * thousand of them on a busy desk.
     */
    @Transactional(readOnly = true)
    public long[] arrivals(long tenantId, Instant from, Instant to, int slotSeconds) {
        int slots = (int) Math.max(0, (to.getEpochSecond() - from.getEpochSecond() + slotSeconds - 1) / slotSeconds);
        long[] counts = new long[slots];
        long start = from.getEpochSecond();
        jdbc.sql("select registered_at from ticket where tenant_id = ? and registered_at >= ? and registered_at < ?")
                .params(tenantId, Timestamp.from(from), Timestamp.from(to))
                .query(rs -> {
                    int slot = (int) ((rs.getTimestamp(1).toInstant().getEpochSecond() - start) / slotSeconds);
                    if (slot >= 0 && slot < slots) {
                        counts[slot]++;
                    }
                });
        return counts;
    }

    /**
     * The open tickets by status and team registered within {@code registered}, in one scan; {@code since} are the
     * age bands' lower bounds, newest first.
     */
    @Transactional(readOnly = true)
    public List<BacklogLine> backlog(long tenantId, List<Instant> since, List<Span> registered) {
        if (registered.isEmpty()) {
            return List.of();
        }
        StringBuilder ages = new StringBuilder();
        for (int band = 0; band <= since.size(); band++) {
            String newer = band < since.size() ? "registered_at >= :b" + band : "1 = 1";
            String older = band > 0 ? " and registered_at < :b" + (band - 1) : "";
            ages.append(", sum(case when ").append(newer).append(older).append(" then 1 else 0 end)");
        }
        StringBuilder within = new StringBuilder();
        for (int span = 0; span < registered.size(); span++) {
            within.append(span == 0 ? "" : " or ")
                    .append("registered_at >= :from")
                    .append(span)
                    .append(" and registered_at < :until")
                    .append(span);
        }
        var statement = jdbc.sql("select status, team_id, count(*), min(registered_at)" + ages + " from ticket"
                        + " where tenant_id = :tenant and status in (:open) and (" + within + ")"
                        + " group by status, team_id")
                .param("tenant", tenantId)
                .param("open", OPEN);
        for (int band = 0; band < since.size(); band++) {
            statement = statement.param("b" + band, Timestamp.from(since.get(band)));
        }
        for (int span = 0; span < registered.size(); span++) {
            statement = statement
                    .param("from" + span, Timestamp.from(registered.get(span).from()))
                    .param("until" + span, Timestamp.from(registered.get(span).until()));
        }
        return statement
                .query((rs, row) -> {
                    List<Long> counts = new ArrayList<>(since.size() + 1);
                    for (int band = 0; band <= since.size(); band++) {
                        counts.add(rs.getLong(band + 5));
                    }
                    return new BacklogLine(
                            TicketStatus.valueOf(rs.getString(1)),
                            (Long) rs.getObject(2, Long.class),
                            rs.getLong(3),
                            rs.getTimestamp(4).toInstant(),
                            counts);
                })
                .list();
    }

    /** The {@code limit} open tickets waiting longest. */
    @Transactional(readOnly = true)
    public List<OpenLine> oldestOpen(long tenantId, int limit) {
        return openLines("status in (:open) order by registered_at, id", tenantId, null, null, limit);
    }

    /** Open tickets due for resolution from {@code from} to {@code until}, soonest first. */
    @Transactional(readOnly = true)
    public List<OpenLine> dueBetween(long tenantId, Instant from, Instant until, int limit) {
        return openLines(
                "status in (:open) and resolution_due_at >= :from and resolution_due_at < :until"
                        + " order by resolution_due_at, id",
                tenantId,
                from,
                until,
                limit);
    }

    /** How many open tickets are due for resolution from {@code from} to {@code until}: all, not only those listed. */
    @Transactional(readOnly = true)
    public long countDueBetween(long tenantId, Instant from, Instant until) {
        return jdbc.sql("select count(*) from ticket where tenant_id = :tenant and status in (:open)"
                        + " and resolution_due_at >= :from and resolution_due_at < :until")
                .param("tenant", tenantId)
                .param("open", OPEN)
                .param("from", Timestamp.from(from))
                .param("until", Timestamp.from(until))
                .query(Long.class)
                .single();
    }

    private List<OpenLine> openLines(
            String condition, long tenantId, @Nullable Instant from, @Nullable Instant until, int limit) {
        var statement = jdbc.sql("select number, title, status, urgency, team_id, assignee_id, registered_at,"
                        + " resolution_due_at from ticket where tenant_id = :tenant and " + condition
                        + " fetch first :limit rows only")
                .param("tenant", tenantId)
                .param("open", OPEN)
                .param("limit", limit);
        if (from != null && until != null) {
            statement = statement.param("from", Timestamp.from(from)).param("until", Timestamp.from(until));
        }
        return statement
                .query((rs, row) -> new OpenLine(
                        rs.getString(1),
                        rs.getString(2),
                        TicketStatus.valueOf(rs.getString(3)),
                        Urgency.valueOf(rs.getString(4)),
                        (Long) rs.getObject(5, Long.class),
                        (Long) rs.getObject(6, Long.class),
                        rs.getTimestamp(7).toInstant(),
                        rs.getTimestamp(8).toInstant()))
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
