package io.loopdesk.intake.mail;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * One mail read from a mailbox and what became of it. Its Message-ID is unique per tenant: a mail read twice (the
 * server was not told in time that it was done) is recognised and not handled again.
 */
@Entity
@Immutable
class InboundMail {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_mail_seq")
    @SequenceGenerator(name = "inbound_mail_seq", sequenceName = "inbound_mail_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long mailboxId;

    private String messageId;

    @Enumerated(EnumType.STRING)
    private MailKind kind;

    @Enumerated(EnumType.STRING)
    private InboundOutcome outcome;

    private @Nullable String ticketNumber;

    private @Nullable String sender;

    private @Nullable String subject;

    private @Nullable String reason;

    private Instant receivedAt;

    private int sizeBytes;

    protected InboundMail() {}

    InboundMail(
            long tenantId,
            long mailboxId,
            String messageId,
            MailKind kind,
            InboundOutcome outcome,
            @Nullable String ticketNumber,
            @Nullable String sender,
            @Nullable String subject,
            @Nullable String reason,
            Instant receivedAt,
            int sizeBytes) {
        this.tenantId = tenantId;
        this.mailboxId = mailboxId;
        this.messageId = messageId.length() > 500 ? messageId.substring(0, 500) : messageId;
        this.kind = kind;
        this.outcome = outcome;
        this.ticketNumber = ticketNumber;
        this.sender = sender == null || sender.length() <= 254 ? sender : sender.substring(0, 254);
        this.subject = subject == null || subject.length() <= 1000 ? subject : subject.substring(0, 1000);
        this.reason = reason == null || reason.length() <= 2000 ? reason : reason.substring(0, 2000);
        this.receivedAt = receivedAt;
        this.sizeBytes = sizeBytes;
    }

    long id() {
        return id;
    }

    long mailboxId() {
        return mailboxId;
    }

    InboundMailView view() {
        return new InboundMailView(
                id, messageId, kind, outcome, ticketNumber, sender, subject, reason, receivedAt, sizeBytes);
    }
}
