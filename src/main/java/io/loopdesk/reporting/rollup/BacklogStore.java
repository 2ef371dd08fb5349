package io.loopdesk.reporting.rollup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code report_backlog} rows: how many tickets of each status and team registered on each day are open. Written
 * by the fold (one writer at a time per tenant), as the rollups are.
 */
@Repository
public class BacklogStore {

    /**
     * Open tickets of one status and team on the days asked for, by age band, and the earliest of those days.
     *
     * @param bands {@code bands[0]} registered after the first bound day, {@code bands[i]} between bound days i and
     *     i-1, the last one before every bound day
     */
    public record Kept(String status, long teamId, long tickets, long earliestDay, long[] bands) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    BacklogStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * The tenant's open tickets by status and team, summed over every day except {@code skipped}, by the age bands
     * that {@code boundDays} separate (days since 1970-01-01 in UTC, newest first). A day between two bound days lies
     * wholly in one band; what was registered on a bound day straddles two, so the caller skips those days and counts
     * them from the tickets.
     */
    public List<Kept> apartFrom(long tenantId, List<Long> boundDays, Collection<Long> skipped) {
        StringBuilder bands = new StringBuilder();
        for (int band = 0; band <= boundDays.size(); band++) {
            String newer = band < boundDays.size() ? "registered_day > :b" + band : "1 = 1";
            String older = band > 0 ? " and registered_day < :b" + (band - 1) : "";
            bands.append(", sum(case when ").append(newer).append(older).append(" then tickets else 0 end)");
        }
        var statement = jdbc.sql("select status, team_id, sum(tickets), min(registered_day)" + bands
                        + " from report_backlog where tenant_id = :tenant"
                        + (skipped.isEmpty() ? "" : " and registered_day not in (:skipped)")
                        + " group by status, team_id")
                .param("tenant", tenantId);
        if (!skipped.isEmpty()) {
            statement = statement.param("skipped", List.copyOf(skipped));
        }
        for (int band = 0; band < boundDays.size(); band++) {
            statement = statement.param("b" + band, boundDays.get(band));
        }
        return statement
                .query((rs, row) -> {
                    long[] counts = new long[boundDays.size() + 1];
                    for (int band = 0; band < counts.length; band++) {
                        counts[band] = rs.getLong(band + 5);
                    }
                    return new Kept(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), counts);
                })
                .list();
    }

    /** Adds {@code delta} (negative where tickets left the backlog) to the tenant's rows. */
    public void add(long tenantId, Map<BacklogKey, Long> delta) {
        if (delta.isEmpty()) {
            return;
        }
        Set<Long> days = new HashSet<>();
        delta.keySet().forEach(key -> days.add(key.registeredDay()));
        Map<BacklogKey, Long> rows = new HashMap<>();
        List<Long> dayList = List.copyOf(days);
        for (int from = 0; from < dayList.size(); from += 500) {
            jdbc.sql("select status, team_id, registered_day, tickets from report_backlog where tenant_id = :tenant"
                            + " and registered_day in (:days)")
                    .param("tenant", tenantId)
                    .param("days", dayList.subList(from, Math.min(dayList.size(), from + 500)))
                    .query(rs -> {
                        rows.put(key(rs), rs.getLong(4));
                    });
        }
        Set<BacklogKey> existing = Set.copyOf(rows.keySet());
        delta.forEach((key, change) -> rows.merge(key, change, Long::sum));
        rows.keySet().retainAll(delta.keySet());
        write(tenantId, rows, existing);
    }

    /** Every row of the tenant, for the nightly check. */
    public Map<BacklogKey, Long> readTenant(long tenantId) {
        Map<BacklogKey, Long> rows = new HashMap<>();
        jdbc.sql("select status, team_id, registered_day, tickets from report_backlog where tenant_id = ?")
                .param(tenantId)
                .query(rs -> {
                    rows.put(key(rs), rs.getLong(4));
                });
        return rows;
    }

    /** Writes these rows as they should now be (none where nothing is open); {@code existing} have a row. */
    public void write(long tenantId, Map<BacklogKey, Long> rows, Collection<BacklogKey> existing) {
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        rows.forEach((key, tickets) -> {
            Object[] id = {tenantId, key.registeredDay(), key.status(), key.teamId()};
            if (tickets <= 0) {
                if (existing.contains(key)) {
                    deletes.add(id);
                }
            } else if (existing.contains(key)) {
                updates.add(new Object[] {tickets, id[0], id[1], id[2], id[3]});
            } else {
                inserts.add(new Object[] {id[0], id[1], id[2], id[3], tickets});
            }
        });
        String where = " where tenant_id = ? and registered_day = ? and status = ? and team_id = ?";
        if (!deletes.isEmpty()) {
            template.batchUpdate("delete from report_backlog" + where, deletes);
        }
        if (!updates.isEmpty()) {
            template.batchUpdate("update report_backlog set tickets = ?" + where, updates);
        }
        if (!inserts.isEmpty()) {
            template.batchUpdate(
                    "insert into report_backlog (tenant_id, registered_day, status, team_id, tickets)"
                            + " values (?, ?, ?, ?, ?)",
                    inserts);
        }
    }

    private static BacklogKey key(ResultSet rs) throws SQLException {
        return new BacklogKey(rs.getString(1), rs.getLong(2), rs.getLong(3));
    }
}
