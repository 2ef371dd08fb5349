package io.loopdesk.intake.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A reply waiting to go out by e-mail, gone, or refused for good. Written in the same transaction as the reply
 * itself is recorded as handed to the e-mail channel, and kept until the SMTP server took it: a server that is down
 * delays replies, it never loses them; a server that refuses one for good (5xx) has the ticket told.
 */
@Entity
@Table(name = "mail_outbox")
class MailOutbox {

    /** Where a reply is on its way. */
    enum Status {
        PENDING,
        SENT,
        /** The SMTP server refused it for good; the ticket says so and its people were told. */
        FAILED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_outbox_seq")
    @SequenceGenerator(name = "mail_outbox_seq", sequenceName = "mail_outbox_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long mailboxId;

    private String ticketNumber;

    private @Nullable Long sourceMessage;

    private String messageId;

    private @Nullable String inReplyTo;

    private @Nullable String referencesIds;

    private String recipient;

    private String subject;

    private String body;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Status status;

    private int attempts;

    private Instant nextAttemptAt;

    private @Nullable String lastError;

    private Instant createdAt;

    private @Nullable Instant sentAt;

    protected MailOutbox() {}

    MailOutbox(
            long tenantId,
            long mailboxId,
            String ticketNumber,
            long sourceMessage,
            String messageId,
            @Nullable String inReplyTo,
            @Nullable String referencesIds,
            String recipient,
            String subject,
            String body,
            Instant now) {
        this.tenantId = tenantId;
        this.mailboxId = mailboxId;
        this.ticketNumber = ticketNumber;
        this.sourceMessage = sourceMessage;
        this.messageId = messageId;
        this.inReplyTo = inReplyTo;
        this.referencesIds = referencesIds;
        this.recipient = recipient;
        this.subject = subject.length() > 1000 ? subject.substring(0, 1000) : subject;
        this.body = body;
        this.status = Status.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    String ticketNumber() {
        return ticketNumber;
    }

    String messageId() {
        return messageId;
    }

    OutgoingMailView view() {
        return new OutgoingMailView(
                id,
                ticketNumber,
                messageId,
                recipient,
                subject,
                status.name(),
                attempts,
                nextAttemptAt,
                lastError,
                createdAt,
                sentAt);
    }
}
