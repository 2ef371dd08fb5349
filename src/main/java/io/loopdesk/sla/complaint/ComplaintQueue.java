package io.loopdesk.sla.complaint;

import io.loopdesk.shared.TenantScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The texts customers wrote that wait to be read by meaning ({@link ComplaintReading}), oldest first: added in the
 * transaction that saves the text, so none is missed, and removed once read.
 */
@Component
class ComplaintQueue {

    /** What a row keeps of a text: the reading looks at the opening clauses and the whole. */
    static final int MAX_TEXT = 4000;

    /** One text waiting to be read. */
    record Waiting(long id, long tenantId, String ticketNumber, String text) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    ComplaintQueue(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Queues a text of a ticket; a blank one is not worth reading. */
    void add(long tenantId, String ticketNumber, String text) {
        String kept = text.strip();
        if (kept.isEmpty()) {
            return;
        }
        if (kept.length() > MAX_TEXT) {
            int end = Character.isHighSurrogate(kept.charAt(MAX_TEXT - 1)) ? MAX_TEXT - 1 : MAX_TEXT;
            kept = kept.substring(0, end);
        }
        jdbc.sql("insert into sla_complaint_reading (tenant_id, ticket_number, text, queued_at) values (?, ?, ?, ?)")
                .params(tenantId, ticketNumber, kept, Timestamp.from(clock.instant()))
                .update();
    }

    /** The oldest {@code limit} texts of every tenant: the reading serves them all from one node. */
    List<Waiting> oldest(int limit) {
        return TenantScope.asSystem(
                () -> jdbc.sql("""
                        select id, tenant_id, ticket_number, text from sla_complaint_reading
                        order by id fetch first %d rows only""".formatted(limit)).query(Waiting.class).list());
    }

    /** Removes texts that were read. */
    void remove(List<Waiting> read) {
        if (read.isEmpty()) {
            return;
        }
        jdbc.sql("delete from sla_complaint_reading where id in (:ids)")
                .param("ids", read.stream().map(Waiting::id).toList())
                .update();
    }
}
