package io.loopdesk.reporting.rollup;

import io.loopdesk.reporting.Dimension;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code report_rollup} rows: read by key ranges, written as whole rows (one writer at a time per tenant). */
@Repository
public class RollupStore {

    private static final String COLUMNS = Stream.concat(
                    Stream.of(Measure.values()).map(Measure::column),
                    Stream.of(Spread.values()).map(Spread::column))
            .collect(Collectors.joining(", "));

    private static final String PLACEHOLDERS = Stream.generate(() -> "?")
            .limit(4 + Measure.values().length + Spread.values().length)
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RollupStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The tenant's rows of one breakdown from {@code from} to {@code to}, both included. */
    public Map<RollupKey, Tally> read(long tenantId, Dimension dimension, LocalDate from, LocalDate to) {
        return rows(
                "tenant_id = ? and dim = ? and on_day between ? and ?",
                tenantId,
                dimension.name(),
                Date.valueOf(from),
                Date.valueOf(to));
    }

    /**
     * The tenant's counts of one breakdown from {@code from} to {@code to}, summed per value by the database: no
     * duration spreads, so medians and percentiles are unknown, but a year of many values costs one row per value.
     */
    public Map<String, Tally> sums(long tenantId, Dimension dimension, LocalDate from, LocalDate to) {
        String sums = Stream.of(Measure.values())
                .map(measure -> "sum(" + measure.column() + ")")
                .collect(Collectors.joining(", "));
        Map<String, Tally> rows = new HashMap<>();
        jdbc.sql("select dim_value, " + sums + " from report_rollup where tenant_id = ? and dim = ?"
                        + " and on_day between ? and ? group by dim_value")
                .params(tenantId, dimension.name(), Date.valueOf(from), Date.valueOf(to))
                .query(rs -> {
                    Tally tally = new Tally();
                    int column = 2;
                    for (Measure measure : Measure.values()) {
                        tally.add(measure, rs.getLong(column++));
                    }
                    rows.put(rs.getString(1), tally);
                });
        return rows;
    }

    /** Every tenant's totals ({@link Dimension#ALL}) from {@code from} to {@code to}: the operators' view. */
    public Map<RollupKey, Tally> readAllTenants(LocalDate from, LocalDate to) {
        return rows("dim = 'ALL' and on_day between ? and ?", Date.valueOf(from), Date.valueOf(to));
    }

    /** The tenant's rows on these days, every breakdown: what a fold of changes on those days touches. */
    public Map<RollupKey, Tally> readDays(long tenantId, Set<LocalDate> days) {
        Map<RollupKey, Tally> rows = new HashMap<>();
        List<Date> dates = days.stream().map(Date::valueOf).toList();
        for (int from = 0; from < dates.size(); from += 200) {
            jdbc.sql("select tenant_id, dim, on_day, dim_value, " + COLUMNS + " from report_rollup"
                            + " where tenant_id = :tenant and on_day in (:days)")
                    .param("tenant", tenantId)
                    .param("days", dates.subList(from, Math.min(dates.size(), from + 200)))
                    .query(rs -> {
                        rows.put(key(rs), tally(rs));
                    });
        }
        return rows;
    }

    /** Every row of the tenant, for the nightly check. */
    public Map<RollupKey, Tally> readTenant(long tenantId) {
        return rows("tenant_id = ?", tenantId);
    }

    private Map<RollupKey, Tally> rows(String where, Object... params) {
        Map<RollupKey, Tally> rows = new HashMap<>();
        jdbc.sql("select tenant_id, dim, on_day, dim_value, " + COLUMNS + " from report_rollup where " + where)
                .params(params)
                .query(rs -> {
                    rows.put(key(rs), tally(rs));
                });
        return rows;
    }

    /**
     * Writes these rows as they should now be: rows that count nothing are deleted, the others replaced.
     * {@code existing} are the keys that have a row now.
     */
    public void write(Map<RollupKey, Tally> rows, Collection<RollupKey> existing) {
        Set<RollupKey> present = Set.copyOf(existing);
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        rows.forEach((key, tally) -> {
            Object[] id = {key.tenantId(), key.dimension().name(), Date.valueOf(key.day()), key.value()};
            if (tally.isZero()) {
                if (present.contains(key)) {
                    deletes.add(id);
                }
            } else if (present.contains(key)) {
                updates.add(concat(values(tally), id));
            } else {
                inserts.add(concat(id, values(tally)));
            }
        });
        String where = " where tenant_id = ? and dim = ? and on_day = ? and dim_value = ?";
        if (!deletes.isEmpty()) {
            template.batchUpdate("delete from report_rollup" + where, deletes);
        }
        if (!updates.isEmpty()) {
            String set = Stream.concat(
                            Stream.of(Measure.values()).map(Measure::column),
                            Stream.of(Spread.values()).map(Spread::column))
                    .map(column -> column + " = ?")
                    .collect(Collectors.joining(", "));
            template.batchUpdate("update report_rollup set " + set + where, updates);
        }
        if (!inserts.isEmpty()) {
            template.batchUpdate(
                    "insert into report_rollup (tenant_id, dim, on_day, dim_value, " + COLUMNS + ") values ("
                            + PLACEHOLDERS + ")",
                    inserts);
        }
    }

    /** Removes every row of the tenant: before a rebuild from scratch. */
    public void clear(long tenantId) {
        jdbc.sql("delete from report_rollup where tenant_id = ?")
                .param(tenantId)
                .update();
    }

    private static Object[] values(Tally tally) {
        Object[] values = new Object[Measure.values().length + Spread.values().length];
        for (Measure measure : Measure.values()) {
            values[measure.ordinal()] = tally.get(measure);
        }
        for (Spread spread : Spread.values()) {
            DurationHistogram histogram = tally.spread(spread);
            values[Measure.values().length + spread.ordinal()] =
                    histogram.isEmpty() ? null : Base64.getEncoder().encodeToString(histogram.toBytes());
        }
        return values;
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] all = new Object[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static RollupKey key(ResultSet rs) throws SQLException {
        return new RollupKey(
                rs.getLong(1),
                Dimension.valueOf(rs.getString(2)),
                rs.getString(4),
                rs.getDate(3).toLocalDate());
    }

    private static Tally tally(ResultSet rs) throws SQLException {
        Tally tally = new Tally();
        int column = 5;
        for (Measure measure : Measure.values()) {
            tally.add(measure, rs.getLong(column++));
        }
        for (Spread spread : Spread.values()) {
            String encoded = rs.getString(column++);
            if (encoded != null) {
                tally.setSpread(
                        spread, DurationHistogram.fromBytes(Base64.getDecoder().decode(encoded)));
            }
        }
        return tally;
    }
}
