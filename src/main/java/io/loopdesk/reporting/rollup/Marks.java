package io.loopdesk.reporting.rollup;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Tickets whose figures may have changed since they were last folded in ({@code report_mark}). A mark is written in
 * the transaction of the change, so a committed change always leaves one; each mark carries a random value, and a
 * fold clears only the value it read, so a change that lands while a fold runs is folded by the next one.
 */
@Repository
public class Marks {

    /** A ticket to fold, with the value of its mark when read. */
    public record Mark(long ticketId, long tenantId, long value) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    Marks(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void mark(long ticketId, long tenantId) {
        jdbc.sql("merge into report_mark m using (values (cast(? as bigint), cast(? as bigint), cast(? as bigint)))"
                        + " as v (ticket_id, tenant_id, mark) on m.ticket_id = v.ticket_id"
                        + " when matched then update set mark = v.mark"
                        + " when not matched then insert (ticket_id, tenant_id, mark)"
                        + " values (v.ticket_id, v.tenant_id, v.mark)")
                .params(ticketId, tenantId, ThreadLocalRandom.current().nextLong())
                .update();
    }

    /** Marks many tickets at once (the nightly check), in batches. */
    public void markAll(long tenantId, List<Long> ticketIds) {
        for (int from = 0; from < ticketIds.size(); from += 1000) {
            template.batchUpdate(
                    "merge into report_mark m using (values (cast(? as bigint), cast(? as bigint), cast(? as bigint)))"
                            + " as v (ticket_id, tenant_id, mark) on m.ticket_id = v.ticket_id"
                            + " when matched then update set mark = v.mark"
                            + " when not matched then insert (ticket_id, tenant_id, mark)"
                            + " values (v.ticket_id, v.tenant_id, v.mark)",
                    ticketIds.subList(from, Math.min(ticketIds.size(), from + 1000)).stream()
                            .map(id -> new Object[] {
                                id, tenantId, ThreadLocalRandom.current().nextLong()
                            })
                            .toList());
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
}
