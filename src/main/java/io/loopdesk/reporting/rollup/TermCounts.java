package io.loopdesk.reporting.rollup;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code report_term} rows: how many tickets registered in a month used each word or phrase. Written by the fold
 * (one writer at a time per tenant), as the rollups are.
 */
@Repository
public class TermCounts {

    /** A word or phrase and how many tickets used it. */
    public record TermCount(String term, long tickets) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TermCounts(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** The {@code limit} terms used by most tickets registered from month {@code from} to {@code to}. */
    public List<TermCount> top(long tenantId, YearMonth from, YearMonth to, boolean phrase, int limit) {
        return jdbc.sql("select term, sum(tickets) as used from report_term where tenant_id = ? and phrase = ?"
                        + " and report_month between ? and ? group by term order by used desc, term"
                        + " fetch first ? rows only")
                .params(tenantId, phrase, month(from), month(to), limit)
                .query((rs, row) -> new TermCount(rs.getString(1), rs.getLong(2)))
                .list();
    }

    /** Adds {@code delta} (negative where tickets no longer use a term) to the tenant's rows. */
    public void add(long tenantId, Map<TermKey, Long> delta) {
        if (delta.isEmpty()) {
            return;
        }
        Map<TermKey, Long> rows = read(tenantId, delta.keySet());
        Set<TermKey> existing = Set.copyOf(rows.keySet());
        delta.forEach((key, change) -> rows.merge(key, change, Long::sum));
        write(tenantId, rows, existing);
    }

    /** Every row of the tenant, for the nightly check. */
    public Map<TermKey, Long> readTenant(long tenantId) {
        Map<TermKey, Long> rows = new HashMap<>();
        jdbc.sql("select report_month, phrase, term, tickets from report_term where tenant_id = ?")
                .param(tenantId)
                .query(rs -> {
                    rows.put(key(rs), rs.getLong(4));
                });
        return rows;
    }

    /** Writes these rows as they should now be (none where no ticket uses the term); {@code existing} have a row. */
    public void write(long tenantId, Map<TermKey, Long> rows, Set<TermKey> existing) {
        List<Object[]> deletes = new ArrayList<>();
        List<Object[]> updates = new ArrayList<>();
        List<Object[]> inserts = new ArrayList<>();
        rows.forEach((key, tickets) -> {
            Object[] id = {tenantId, month(key.month()), key.phrase(), key.term()};
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
        String where = " where tenant_id = ? and report_month = ? and phrase = ? and term = ?";
        if (!deletes.isEmpty()) {
            template.batchUpdate("delete from report_term" + where, deletes);
        }
        if (!updates.isEmpty()) {
            template.batchUpdate("update report_term set tickets = ?" + where, updates);
        }
        if (!inserts.isEmpty()) {
            template.batchUpdate(
                    "insert into report_term (tenant_id, report_month, phrase, term, tickets) values (?, ?, ?, ?, ?)",
                    inserts);
        }
    }

    private Map<TermKey, Long> read(long tenantId, Set<TermKey> keys) {
        Map<TermKey, Long> rows = new HashMap<>();
        // grouped by month and kind, so each read searches the whole key (tenant, month, kind, term)
        Map<TermKey, List<String>> byMonthAndKind = keys.stream()
                .collect(Collectors.groupingBy(
                        key -> new TermKey(key.month(), key.phrase(), ""),
                        Collectors.mapping(TermKey::term, Collectors.toList())));
        byMonthAndKind.forEach((group, terms) -> {
            List<String> distinct = terms.stream().distinct().toList();
            for (int from = 0; from < distinct.size(); from += 500) {
                jdbc.sql("select report_month, phrase, term, tickets from report_term where tenant_id = :tenant"
                                + " and report_month = :month and phrase = :phrase and term in (:terms)")
                        .param("tenant", tenantId)
                        .param("month", month(group.month()))
                        .param("phrase", group.phrase())
                        .param("terms", distinct.subList(from, Math.min(distinct.size(), from + 500)))
                        .query(rs -> {
                            rows.put(key(rs), rs.getLong(4));
                        });
            }
        });
        return rows;
    }

    private static Date month(YearMonth month) {
        return Date.valueOf(month.atDay(1));
    }

    private static TermKey key(ResultSet rs) throws SQLException {
        return new TermKey(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getBoolean(2), rs.getString(3));
    }
}
