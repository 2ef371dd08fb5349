package io.loopdesk.reporting.rollup;

import io.loopdesk.reporting.Dimension;
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
 * The {@code report_open} rows: how many tickets of each breakdown value and status registered on each day (in the
 * tenant's time zone) are open. Written by the fold (one writer at a time per tenant), as the rollups are.
 */
@Repository
public class BacklogStore {

    /**
     * Open tickets of one breakdown value and status on the days asked for, by age band, and the earliest of those
     * days.
     *
     * @param bands {@code bands[0]} registered on or after the first bound day, {@code bands[i]} before bound day
     *     i-1 and on or after bound day i, the last one before every bound day
     */
    public record Kept(String value, String status, long tickets, long earliestDay, long[] bands) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    BacklogStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * The tenant's open tickets of one breakdown by value and status, summed over every day except {@code skipped},
     * by the age bands that start on {@code boundDays} (newest first): a band holds the days from its bound day up
     * to the next newer one.
     */
    public List<Kept> of(long tenantId, Dimension dimension, List<Long> boundDays, Collection<Long> skipped) {
        StringBuilder bands = new StringBuilder();
        for (int band = 0; band <= boundDays.size(); band++) {
            String newer = band < boundDays.size() ? "registered_day >= :b" + band : "1 = 1";
            String older = band > 0 ? " and registered_day < :b" + (band - 1) : "";
            bands.append(", sum(case when ").append(newer).append(older).append(" then tickets else 0 end)");
        }
        var statement = jdbc.sql("select dim_value, status, sum(tickets), min(registered_day)" + bands
                        + " from report_open where tenant_id = :tenant and dim = :dim"
                        + (skipped.isEmpty() ? "" : " and registered_day not in (:skipped)")
                        + " group by dim_value, status")
                .param("tenant", tenantId)
                .param("dim", dimension.name());
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
                    return new Kept(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4), counts);
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
            jdbc.sql("select dim, dim_value, status, registered_day, tickets from report_open where tenant_id = :tenant"
                            + " and registered_day in (:days)")
                    .param("tenant", tenantId)
                    .param("days", dayList.subList(from, Math.min(dayList.size(), from + 500)))
                    .query(rs -> {
                        rows.put(key(rs), rs.getLong(5));
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
        jdbc.sql("select dim, dim_value, status, registered_day, tickets from report_open where tenant_id = ?")
                .param(tenantId)
                .query(rs -> {
                    rows.put(key(rs), rs.getLong(5));
                });
        return rows;
    }

    /** Writes these rows as they should now be (none where nothing is open); {@code existing} have a row. */
    public void write(long tenantId, Map<BacklogKey, Long> rows, Collection<BacklogKey> existing) {
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        rows.forEach((key, tickets) -> {
            Object[] id = {tenantId, key.registeredDay(), key.dimension().name(), key.value(), key.status()};
            if (tickets <= 0) {
                if (existing.contains(key)) {
                    deletes.add(id);
                }
            } else if (existing.contains(key)) {
                updates.add(new Object[] {tickets, id[0], id[1], id[2], id[3], id[4]});
            } else {
                inserts.add(new Object[] {id[0], id[1], id[2], id[3], id[4], tickets});
            }
        });
        String where = " where tenant_id = ? and registered_day = ? and dim = ? and dim_value = ? and status = ?";
        if (!deletes.isEmpty()) {
            template.batchUpdate("delete from report_open" + where, deletes);
        }
        if (!updates.isEmpty()) {
            template.batchUpdate("update report_open set tickets = ?" + where, updates);
        }
        if (!inserts.isEmpty()) {
            template.batchUpdate(
                    "insert into report_open (tenant_id, registered_day, dim, dim_value, status, tickets)"
                            + " values (?, ?, ?, ?, ?, ?)",
                    inserts);
        }
    }

    private static BacklogKey key(ResultSet rs) throws SQLException {
        return new BacklogKey(Dimension.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getLong(4));
    }
}
