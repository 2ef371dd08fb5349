package io.loopdesk.intake.mail;

import io.loopdesk.shared.SmtpRefusal;
import io.loopdesk.shared.TenantScope;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works the e-mail outbox: takes due replies (each node its own, with {@code SKIP LOCKED}) and sends them by the
 * mailbox's SMTP server. A reply the server refuses for good (a 5xx reply such as {@code 554 Relay access denied},
 * see {@link SmtpRefusal}) fails at once: sending it again gets the same answer, so the ticket and its people are
 * told instead ({@link UndeliveredReplies}). Any other failure (a 4xx reply, no connection) is tried again later
 * with growing pauses ({@code first-retry} doubling up to {@code max-retry}) for as long as it takes. A node that
 * dies while sending leaves the reply due again after a short lease, so it goes out at least once.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 50;

    /** A reply to send, with the mailbox to send it through. */
    record Due(
            long id,
            long tenantId,
            String ticketNumber,
            long mailboxId,
            String messageId,
            @Nullable String inReplyTo,
            @Nullable String references,
            String recipient,
            String subject,
            String body,
            int attempts) {}

    private final JdbcClient jdbc;
    private final MailboxRepository mailboxes;
    private final ReplyTransport transport;
    private final UndeliveredReplies undelivered;
    private final MailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxSender(
            JdbcClient jdbc,
            MailboxRepository mailboxes,
            ReplyTransport transport,
            UndeliveredReplies undelivered,
            MailProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jdbc = jdbc;
        this.mailboxes = mailboxes;
        this.transport = transport;
        this.undelivered = undelivered;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${loopdesk.mail.send-interval:PT10S}",
            initialDelayString = "${loopdesk.mail.send-interval:PT10S}")
    void sendDue() {
        List<Due> due;
        do {
            due = claim();
            due.forEach(this::send);
        } while (due.size() == BATCH);
    }

    private List<Due> claim() {
        Instant now = clock.instant();
        return TenantScope.asSystem(() -> transactions.execute(status -> {
            List<Due> claimed = jdbc.sql("select id, tenant_id, ticket_number, mailbox_id, message_id, in_reply_to, "
                            + "references_ids, recipient, subject, body, attempts from mail_outbox "
                            + "where status = 'PENDING' and next_attempt_at <= ? "
                            + "order by next_attempt_at, id fetch first " + BATCH + " rows only for update skip locked")
                    .param(Timestamp.from(now))
                    .query((rs, row) -> new Due(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getLong(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getString(9),
                            rs.getString(10),
                            rs.getInt(11)))
                    .list();
            claimed.forEach(d -> jdbc.sql("update mail_outbox set next_attempt_at = ? where id = ?")
                    .params(Timestamp.from(now.plus(LEASE)), d.id())
                    .update());
            return claimed;
        }));
    }

    private void send(Due reply) {
        Instant now = clock.instant();
        try {
            Mailbox mailbox = TenantScope.asSystem(() -> transactions.execute(
                    status -> mailboxes.findById(reply.mailboxId()).orElseThrow()));
            transport.send(mailbox, reply);
            TenantScope.asSystem(() -> transactions.executeWithoutResult(
                    status -> jdbc.sql("update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, "
                                    + "last_error = null where id = ?")
                            .params(Timestamp.from(now), reply.id())
                            .update()));
        } catch (Exception e) {
            String error = SmtpRefusal.describe(e);
            if (SmtpRefusal.isPermanent(e)) {
                refused(reply, error);
            } else {
                retryLater(reply, error, now);
            }
        }
    }

    /** Failed for good: marked so, and the ticket and its people told, together; marked alone if telling fails. */
    private void refused(Due reply, String error) {
        log.warn("Reply {} to {} refused for good, not retried: {}", reply.messageId(), reply.recipient(), error);
        try {
            TenantScope.inTenant(
                    reply.tenantId(),
                    () -> transactions.executeWithoutResult(status -> {
                        markFailed(reply, error);
                        undelivered.tell(reply.ticketNumber(), reply.recipient(), error);
                    }));
        } catch (RuntimeException e) {
            log.error("Could not tell ticket {} that its reply failed: {}", reply.ticketNumber(), e.toString());
            TenantScope.asSystem(() -> transactions.executeWithoutResult(status -> markFailed(reply, error)));
        }
    }

    private void markFailed(Due reply, String error) {
        jdbc.sql("update mail_outbox set status = 'FAILED', attempts = attempts + 1, last_error = ? where id = ?")
                .params(clip(error), reply.id())
                .update();
    }

    private void retryLater(Due reply, String error, Instant now) {
        Duration pause = pause(reply.attempts() + 1);
        log.warn(
                "Reply {} not sent (attempt {}), next try in {}: {}",
                reply.messageId(),
                reply.attempts() + 1,
                pause,
                error);
        TenantScope.asSystem(() -> transactions.executeWithoutResult(status -> jdbc.sql(
                        "update mail_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
                .params(Timestamp.from(now.plus(pause)), clip(error), reply.id())
                .update()));
    }

    /** {@code first-retry} after the first failure, doubling, at most {@code max-retry}. */
    Duration pause(int attempts) {
        Duration pause = properties.firstRetry();
        for (int i = 1; i < attempts && pause.compareTo(properties.maxRetry()) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(properties.maxRetry()) > 0 ? properties.maxRetry() : pause;
    }

    private static String clip(String error) {
        return error.length() > 2000 ? error.substring(0, 2000) : error;
    }
}
