package io.loopdesk.sla;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How many complaint signals of each kind were found in a period, for reports. A ticket counts once per kind (the
 * signals' own rule); the kinds are the names of {@code io.loopdesk.sla.complaint.ComplaintSignal}, each named for
 * people by the message {@code sla.complaint.<kind>}. For the system only: callers check who may see the figures.
 */
@Service
public class ComplaintStatistics {

    private final JdbcClient jdbc;

    ComplaintStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Signals found from {@code from} (included) to {@code to} (excluded), by kind, most frequent first. */
    @Transactional(readOnly = true)
    public Map<String, Long> bySignal(long tenantId, Instant from, Instant to) {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select signal, count(*) from sla_complaint_signal where tenant_id = ? and detected_at >= ?"
                        + " and detected_at < ? group by signal order by count(*) desc, signal")
                .params(tenantId, Timestamp.from(from), Timestamp.from(to))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }
}
