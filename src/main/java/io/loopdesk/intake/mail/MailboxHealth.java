package io.loopdesk.intake.mail;

import io.loopdesk.intake.mail.reading.ReadingLeases;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who reads a mailbox now and how reading it goes. A reading takes a short lease before it starts and renews it as
 * it goes ({@link ReadingLeases}), so two readers never read the same mailbox at once; status updates are plain SQL
 * so they never collide with an admin's edit.
 */
@Component
public class MailboxHealth {

    /** A mailbox failing long enough that its admins must hear of it. */
    public record Alert(long mailboxId, long tenantId, String name, String address, String error, Instant since) {}

    private final JdbcClient jdbc;

    MailboxHealth(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the reading lease, or renews it for the same owner; false while someone else holds it. */
    public boolean lease(long mailboxId, String owner, Instant now, Duration length) {
        return take("lease_owner", "lease_until", mailboxId, owner, now, length);
    }

    public void release(long mailboxId, String owner) {
        jdbc.sql("update mailbox set lease_owner = null, lease_until = null where id = ? and lease_owner = ?")
                .params(mailboxId, owner)
                .update();
    }

    /**
     * The longer lease for keeping an IMAP IDLE connection open: one node per mailbox watches, renewing the lease
     * while it does; another node takes over once it runs out.
     */
    public boolean watchLease(long mailboxId, String node, Instant now, Duration length) {
        return take("watch_owner", "watch_until", mailboxId, node, now, length);
    }

    /** Takes or renews a lease held in the given pair of columns (fixed names, never input). */
    private boolean take(String owner, String until, long mailboxId, String node, Instant now, Duration length) {
        return jdbc.sql("update mailbox set " + owner + " = ?, " + until + " = ? where id = ? and enabled = true "
                                + "and (" + until + " is null or " + until + " < ? or " + owner + " = ?)")
                        .params(node, Timestamp.from(now.plus(length)), mailboxId, Timestamp.from(now), node)
                        .update()
                == 1;
    }

    public void releaseWatch(long mailboxId, String node) {
        jdbc.sql("update mailbox set watch_owner = null, watch_until = null where id = ? and watch_owner = ?")
                .params(mailboxId, node)
                .update();
    }

    public void idleSupported(long mailboxId, boolean supported) {
        jdbc.sql("update mailbox set idle_supported = ? where id = ?")
                .params(supported, mailboxId)
                .update();
    }

    public void succeeded(long mailboxId, Instant now) {
        jdbc.sql("update mailbox set status = 'OK', last_polled_at = ?, last_success_at = ?, last_error = null, "
                        + "failing_since = null, alerted_at = null where id = ?")
                .params(Timestamp.from(now), Timestamp.from(now), mailboxId)
                .update();
    }

    public void failed(long mailboxId, String error, Instant now) {
        jdbc.sql("update mailbox set status = 'FAILING', last_polled_at = ?, last_error = ?, "
                        + "failing_since = coalesce(failing_since, ?) where id = ?")
                .params(
                        Timestamp.from(now),
                        error.length() > 2000 ? error.substring(0, 2000) : error,
                        Timestamp.from(now),
                        mailboxId)
                .update();
    }

    /** Failing mailboxes past the grace period whose admins were not told yet; marks them told. */
    public List<Alert> takeAlerts(Instant now, Duration after) {
        List<Alert> due = jdbc.sql("select id, tenant_id, name, address, last_error, failing_since from mailbox "
                        + "where status = 'FAILING' and alerted_at is null and failing_since <= ?")
                .param(Timestamp.from(now.minus(after)))
                .query((rs, row) -> new Alert(
                        rs.getLong(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getString(4),
                        String.valueOf(rs.getString(5)),
                        rs.getTimestamp(6).toInstant()))
                .list();
        return due.stream()
                .filter(alert -> jdbc.sql("update mailbox set alerted_at = ? where id = ? and alerted_at is null")
                                .params(Timestamp.from(now), alert.mailboxId())
                                .update()
                        == 1)
                .toList();
    }
}
