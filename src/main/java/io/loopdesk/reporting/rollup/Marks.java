package io.loopdesk.reporting.rollup;

import io.loopdesk.shared.jdbc.DatabaseProduct;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tickets whose figures may have changed since they were last folded in ({@code report_mark}). A mark is written in
 * the transaction of the change, so a committed change always leaves one; each mark carries a random value, and a
 * fold clears only the value it read, so a change that lands while a fold runs is folded by the next one.
 *
 * <p>Within a transaction the marks are gathered and written once, just before it commits: creating a ticket
 * publishes several events (opened, classified, routed, clocks started), and a batch of registrations commits many
 * tickets together, so one batched write replaces a write per event.
 */
@Repository
public class Marks {

    /** A ticket to fold, with the value of its mark when read. */
    public record Mark(long ticketId, long tenantId, long value) {}

    // not one MERGE: on PostgreSQL two transactions marking a new ticket at once both find no row and both insert,
    // and one fails on the key. PostgreSQL's upsert is atomic (the second waits for the first and updates its row),
    // so the mark gets this transaction's value and a fold that read the other's value folds this change again.
    private static final String UPSERT = "insert into report_mark (ticket_id, tenant_id, mark) values (?, ?, ?)"
            + " on conflict (ticket_id) do update set mark = excluded.mark";
    // H2 has no upsert with an update: an insert that does nothing on a conflict, then an update of the rows it
    // left alone
    private static final String INSERT =
            "insert into report_mark (ticket_id, tenant_id, mark) values (?, ?, ?) on conflict do nothing";
    private static final String UPDATE = "update report_mark set mark = ? where ticket_id = ?";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final boolean postgresql;

    Marks(JdbcClient jdbc, JdbcTemplate template, DatabaseProduct database) {
        this.jdbc = jdbc;
        this.template = template;
        this.postgresql = database.postgresql();
    }

    public void mark(long ticketId, long tenantId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(Map.of(ticketId, tenantId));
            return;
        }
        Object connection = TransactionSynchronizationManager.getResource(template.getDataSource());
        Gathered gathered = (Gathered) TransactionSynchronizationManager.getResource(this);
        if (gathered == null) {
            gathered = new Gathered(connection);
            TransactionSynchronizationManager.bindResource(this, gathered);
            TransactionSynchronizationManager.registerSynchronization(gathered);
        }
        if (gathered.written || gathered.connection != connection) {
            // marked while the transaction commits (by another synchronisation), or inside a transaction of its own
            // started within this one: written at once, in the transaction at hand
            write(Map.of(ticketId, tenantId));
        } else {
            gathered.tickets.put(ticketId, tenantId);
        }
    }

    /** Marks many tickets at once (the nightly check), in batches. */
    public void markAll(long tenantId, List<Long> ticketIds) {
        Map<Long, Long> tickets = new LinkedHashMap<>();
        ticketIds.forEach(id -> tickets.put(id, tenantId));
        write(tickets);
    }

    private void write(Map<Long, Long> tickets) {
        List<Object[]> rows = tickets.entrySet().stream()
                .sorted(Map.Entry.comparingByKey()) // one order for every writer: two batches cannot deadlock
                .map(e -> new Object[] {
                    e.getKey(), e.getValue(), ThreadLocalRandom.current().nextLong()
                })
                .toList();
        for (int from = 0; from < rows.size(); from += 1000) {
            List<Object[]> batch = rows.subList(from, Math.min(rows.size(), from + 1000));
            if (postgresql) {
                template.batchUpdate(UPSERT, batch);
                continue;
            }
            int[] inserted = template.batchUpdate(INSERT, batch);
            List<Object[]> updates = new ArrayList<>();
            for (int i = 0; i < inserted.length; i++) {
                if (inserted[i] != 1) { // 0 when the row was there; a driver that cannot tell updates too
                    updates.add(new Object[] {batch.get(i)[2], batch.get(i)[0]});
                }
            }
            if (!updates.isEmpty()) {
                template.batchUpdate(UPDATE, updates);
            }
        }
    }

    /**
     * Up to {@code limit} marked tickets after ticket {@code after}, in id order: a fold pages through the marks by
     * key, so the marks it has cleared (dead rows until vacuum) are not read again on every page.
     */
    public List<Mark> pending(long after, int limit) {
        return jdbc.sql("select ticket_id, tenant_id, mark from report_mark where ticket_id > ? order by ticket_id"
                        + " fetch first ? rows only")
                .params(after, limit)
                .query((rs, row) -> new Mark(rs.getLong(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from report_mark").query(Long.class).single();
    }

    /** Clears these marks unless the ticket was marked again since they were read. */
    public void clear(List<Mark> marks) {
        template.batchUpdate(
                "delete from report_mark where ticket_id = ? and mark = ?",
                marks.stream().map(m -> new Object[] {m.ticketId(), m.value()}).toList());
    }

    /** The tickets a transaction marked, written just before it commits. */
    private final class Gathered implements TransactionSynchronization {

        private final Map<Long, Long> tickets = new LinkedHashMap<>();
        private final Object connection;
        private boolean written;

        Gathered(Object connection) {
            this.connection = connection;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            write(tickets);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(Marks.this);
        }
    }
}
