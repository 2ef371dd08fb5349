package io.loopdesk.routing;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The major incidents (重大故障) of a period with how many tickets each gathered, for reports: those declared or
 * confirmed (open or resolved), not the radar's proposals nor dismissed ones. For the system only: callers check
 * who may see the figures.
 */
@Service
public class IncidentStatistics {

    /** One incident and the tickets linked to it. */
    public record IncidentCount(
            long id,
            String title,
            String status,
            Instant declaredAt,
            @Nullable Instant resolvedAt,
            long tickets) {}

    private final JdbcClient jdbc;

    IncidentStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Incidents declared from {@code from} (included) to {@code to} (excluded) or still open then, most tickets
     * first, at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<IncidentCount> between(long tenantId, Instant from, Instant to, int limit) {
        return jdbc.sql("select i.id, i.title, i.status, i.declared_at, i.resolved_at,"
                        + " (select count(*) from incident_ticket t where t.incident_id = i.id) as linked"
                        + " from incident i where i.tenant_id = ? and i.status in ('OPEN', 'RESOLVED')"
                        + " and i.declared_at < ? and (i.resolved_at is null or i.resolved_at >= ?)"
                        + " order by linked desc, i.declared_at desc fetch first ? rows only")
                .params(tenantId, Timestamp.from(to), Timestamp.from(from), limit)
                .query((rs, row) -> new IncidentCount(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant(),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant(),
                        rs.getLong(6)))
                .list();
    }
}
