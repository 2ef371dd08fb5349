package io.loopdesk.intake.mail;

import io.loopdesk.shared.TenantScope;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Works the e-mail outbox: takes due replies (each node its own, with {@code SKIP LOCKED}), sends them by the
 * mailbox's SMTP server, and on failure tries again later with growing pauses ({@code first-retry} doubling up to
 * {@code max-retry}) for as long as it takes: a reply is never dropped. A node that dies while sending leaves the
 * reply due again after a short lease, so it goes out at least once.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final int BATCH = 50;

    /** A reply to send, with the mailbox to send it through. */
    record Due(
            long id,
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
    private final CredentialCipher cipher;
    private final MailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    OutboxSender(
            JdbcClient jdbc,
            MailboxRepository mailboxes,
            CredentialCipher cipher,
            MailProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.jdbc = jdbc;
        this.mailboxes = mailboxes;
        this.cipher = cipher;
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
            List<Due> claimed = jdbc.sql(
                            "select id, mailbox_id, message_id, in_reply_to, references_ids, recipient, subject, "
                                    + "body, attempts from mail_outbox where status = 'PENDING' and next_attempt_at <= ? "
                                    + "order by next_attempt_at, id fetch first " + BATCH
                                    + " rows only for update skip locked")
                    .param(Timestamp.from(now))
                    .query((rs, row) -> new Due(
                            rs.getLong(1),
                            rs.getLong(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getString(8),
                            rs.getInt(9)))
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
            transmit(mailbox, reply);
            TenantScope.asSystem(() -> transactions.executeWithoutResult(
                    status -> jdbc.sql("update mail_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, "
                                    + "last_error = null where id = ?")
                            .params(Timestamp.from(now), reply.id())
                            .update()));
        } catch (Exception e) {
            Duration pause = pause(reply.attempts() + 1);
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn(
                    "Reply {} not sent (attempt {}), next try in {}: {}",
                    reply.messageId(),
                    reply.attempts() + 1,
                    pause,
                    error);
            TenantScope.asSystem(() -> transactions.executeWithoutResult(status -> jdbc.sql(
                            "update mail_outbox set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?")
                    .params(
                            Timestamp.from(now.plus(pause)),
                            error.length() > 2000 ? error.substring(0, 2000) : error,
                            reply.id())
                    .update()));
        }
    }

    /** {@code first-retry} after the first failure, doubling, at most {@code max-retry}. */
    Duration pause(int attempts) {
        Duration pause = properties.firstRetry();
        for (int i = 1; i < attempts && pause.compareTo(properties.maxRetry()) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(properties.maxRetry()) > 0 ? properties.maxRetry() : pause;
    }

    private void transmit(Mailbox mailbox, Due reply) throws MessagingException, java.io.UnsupportedEncodingException {
        MailboxView view = mailbox.view();
        Properties props = new Properties();
        props.put("mail.transport.protocol", view.smtpSecurity() == SmtpSecurity.SSL ? "smtps" : "smtp");
        props.put("mail.smtp.connectiontimeout", "20000");
        props.put("mail.smtp.timeout", "60000");
        props.put("mail.smtp.starttls.enable", String.valueOf(view.smtpSecurity() == SmtpSecurity.STARTTLS));
        props.put("mail.smtp.starttls.required", String.valueOf(view.smtpSecurity() == SmtpSecurity.STARTTLS));
        props.put("mail.smtp.auth", String.valueOf(view.smtpUsername() != null));
        props.put("mail.smtps.auth", String.valueOf(view.smtpUsername() != null));
        Session session = Session.getInstance(props);
        MimeMessage message = new ThreadedMessage(session, reply.messageId());
        message.setFrom(new InternetAddress(view.address(), view.name(), StandardCharsets.UTF_8.name()));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(reply.recipient()));
        message.setSubject(reply.subject(), StandardCharsets.UTF_8.name());
        message.setText(reply.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        if (reply.inReplyTo() != null) {
            message.setHeader("In-Reply-To", "<" + reply.inReplyTo() + ">");
        }
        if (reply.references() != null) {
            message.setHeader("References", "<" + reply.references() + ">");
        }
        try (Transport transport = session.getTransport()) {
            String password = mailbox.smtpSecret() == null ? null : cipher.decrypt(mailbox.smtpSecret());
            transport.connect(view.smtpHost(), view.smtpPort(), view.smtpUsername(), password);
            message.saveChanges();
            transport.sendMessage(message, message.getAllRecipients());
        }
    }

    /** A message that keeps the Message-ID we gave it, so the customer's answer can be threaded back. */
    private static final class ThreadedMessage extends MimeMessage {
        private final String id;

        ThreadedMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + id + ">");
        }
    }
}
