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

/**
 * The rollup rows: per day ({@code report_rollup}) and per month ({@code report_rollup_month}, the sum of the month's
 * days, so a year of a breakdown with many values is twelve rows a value), read by key ranges, written as whole rows
 * (one writer at a time per tenant).
 */
@Repository
public class RollupStore {

    /** Which rows: a month's row is keyed by its first day. */
    public enum Span {
        DAY("report_rollup"),
        MONTH("report_rollup_month");

        private final String table;

        Span(String table) {
            this.table = table;
        }

        /** The row {@code key} adds to in this span. */
        public RollupKey of(RollupKey key) {
            return this == DAY
                    ? key
                    : new RollupKey(
                            key.tenantId(),
                            key.dimension(),
                            key.value(),
                            key.day().withDayOfMonth(1));
        }
    }

    private static final String COLUMNS = Stream.concat(
                    Stream.of(Measure.values()).map(Measure::column),
                    Stream.of(Spread.values()).map(Spread::column))
            .collect(Collectors.joining(", "));

    private static final String PLACEHOLDERS = Stream.generate(() -> "?")
            .limit(4 + Measure.values().length + Spread.values().length)
            .collect(Collectors.joining(", "));

    private static final List<String> DIMENSIONS =
            Stream.of(Contributions.KEPT).map(Dimension::name).toList();

    private static final String SUMS = Stream.of(Measure.values())
            .map(measure -> "sum(" + measure.column() + ")")
            .collect(Collectors.joining(", "));

    /** The months wholly inside a range: from {@code firstWhole} up to the day before {@code afterWhole}. */
    private record Cover(LocalDate firstWhole, LocalDate afterWhole) {

        static Cover of(LocalDate from, LocalDate to) {
            return new Cover(
                    from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1),
                    to.getDayOfMonth() == to.lengthOfMonth() ? to.plusDays(1) : to.withDayOfMonth(1));
        }

        boolean hasMonths() {
            return firstWhole.isBefore(afterWhole);
        }
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RollupStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The tenant's day rows of one breakdown from {@code from} to {@code to}, both included. */
    public Map<RollupKey, Tally> read(long tenantId, Dimension dimension, LocalDate from, LocalDate to) {
        return rows(
                Span.DAY,
                "tenant_id = ? and dim = ? and on_day between ? and ?",
                tenantId,
                dimension.name(),
                Date.valueOf(from),
                Date.valueOf(to));
    }

    /**
     * The tenant's counts of one breakdown from {@code from} to {@code to}, summed per value by the database from as
     * few rows as {@link #readCovering} reads: no duration spreads, so medians and percentiles are unknown.
     */
    public Map<String, Tally> sums(long tenantId, Dimension dimension, LocalDate from, LocalDate to) {
        Cover cover = Cover.of(from, to);
        if (!cover.hasMonths()) {
            return sums(Span.DAY, tenantId, dimension, from, to);
        }
        Map<String, Tally> rows = sums(
                Span.MONTH,
                tenantId,
                dimension,
                cover.firstWhole(),
                cover.afterWhole().minusDays(1));
        if (from.isBefore(cover.firstWhole())) {
            sums(Span.DAY, tenantId, dimension, from, cover.firstWhole().minusDays(1))
                    .forEach((value, tally) ->
                            rows.computeIfAbsent(value, v -> new Tally()).merge(tally));
        }
        if (!cover.afterWhole().isAfter(to)) {
            sums(Span.DAY, tenantId, dimension, cover.afterWhole(), to)
                    .forEach((value, tally) ->
                            rows.computeIfAbsent(value, v -> new Tally()).merge(tally));
        }
        return rows;
    }

    private Map<String, Tally> sums(Span span, long tenantId, Dimension dimension, LocalDate from, LocalDate to) {
        Map<String, Tally> rows = new HashMap<>();
        jdbc.sql("select dim_value, " + SUMS + " from " + span.table + " where tenant_id = ? and dim = ?"
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

    /**
     * The same figures as {@link #read} in as few rows as possible: the months wholly inside the range as month rows
     * (keyed by their first day), the days of a month it covers in part as day rows. Right for totals, breakdowns
     * and series by month or quarter; a series by day or week needs {@link #read}.
     */
    public Map<RollupKey, Tally> readCovering(long tenantId, Dimension dimension, LocalDate from, LocalDate to) {
        Cover cover = Cover.of(from, to);
        if (!cover.hasMonths()) {
            return read(tenantId, dimension, from, to);
        }
        LocalDate firstWhole = cover.firstWhole();
        LocalDate afterWhole = cover.afterWhole();
        Map<RollupKey, Tally> rows = new HashMap<>(rows(
                Span.MONTH,
                "tenant_id = ? and dim = ? and on_day >= ? and on_day < ?",
                tenantId,
                dimension.name(),
                Date.valueOf(firstWhole),
                Date.valueOf(afterWhole)));
        if (from.isBefore(firstWhole)) {
            rows.putAll(read(tenantId, dimension, from, firstWhole.minusDays(1)));
        }
        if (!afterWhole.isAfter(to)) {
            rows.putAll(read(tenantId, dimension, afterWhole, to));
        }
        return rows;
    }

    /** Every tenant's totals ({@link Dimension#ALL}) from {@code from} to {@code to}: the operators' view. */
    public Map<RollupKey, Tally> readAllTenants(LocalDate from, LocalDate to) {
        return rows(Span.DAY, "dim = 'ALL' and on_day between ? and ?", Date.valueOf(from), Date.valueOf(to));
    }

    /** The tenant's rows on these days (months: first days), every breakdown: what a fold of changes there touches. */
    public Map<RollupKey, Tally> readDays(Span span, long tenantId, Set<LocalDate> days) {
        Map<RollupKey, Tally> rows = new HashMap<>();
        List<Date> dates = days.stream().map(Date::valueOf).toList();
        for (int from = 0; from < dates.size(); from += 200) {
            // every breakdown named, so the key (tenant, breakdown, day, value) is searched, not the tenant's range
            jdbc.sql("select tenant_id, dim, on_day, dim_value, " + COLUMNS + " from " + span.table
                            + " where tenant_id = :tenant and dim in (:dims) and on_day in (:days)")
                    .param("tenant", tenantId)
                    .param("dims", DIMENSIONS)
                    .param("days", dates.subList(from, Math.min(dates.size(), from + 200)))
                    .query(rs -> {
                        rows.put(key(rs), tally(rs));
                    });
        }
        return rows;
    }

    /** Every row of the tenant, for the nightly check. */
    public Map<RollupKey, Tally> readTenant(Span span, long tenantId) {
        return rows(span, "tenant_id = ?", tenantId);
    }

    private Map<RollupKey, Tally> rows(Span span, String where, Object... params) {
        Map<RollupKey, Tally> rows = new HashMap<>();
        jdbc.sql("select tenant_id, dim, on_day, dim_value, " + COLUMNS + " from " + span.table + " where " + where)
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
    public void write(Span span, Map<RollupKey, Tally> rows, Collection<RollupKey> existing) {
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
            template.batchUpdate("delete from " + span.table + where, deletes);
        }
        if (!updates.isEmpty()) {
            String set = Stream.concat(
                            Stream.of(Measure.values()).map(Measure::column),
                            Stream.of(Spread.values()).map(Spread::column))
                    .map(column -> column + " = ?")
                    .collect(Collectors.joining(", "));
            template.batchUpdate("update " + span.table + " set " + set + where, updates);
        }
        if (!inserts.isEmpty()) {
            template.batchUpdate(
                    "insert into " + span.table + " (tenant_id, dim, on_day, dim_value, " + COLUMNS + ") values ("
                            + PLACEHOLDERS + ")",
                    inserts);
        }
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
