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
 * One mail read from a mailbox and what became of it. The first reading of a mail holds its key (Message-ID or
 * content fingerprint), unique per tenant: a mail read again (the server was not told in time that it was done, or
 * it came to two of the tenant's mailboxes) is recognised, not handled again, and listed as a duplicate record
 * without the key.
 */
@Entity
@Immutable
public class InboundMail {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_mail_seq")
    @SequenceGenerator(name = "inbound_mail_seq", sequenceName = "inbound_mail_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long mailboxId;

    private String messageId;

    /** The key that recognises this mail; null on the record of a duplicate, so only the first one holds it. */
    private @Nullable String dedupKey;

    @Enumerated(EnumType.STRING)
    private MailKind kind;

    @Enumerated(EnumType.STRING)
    private InboundOutcome outcome;

    private @Nullable String ticketNumber;

    private @Nullable String sender;

    private @Nullable String subject;

    @Enumerated(EnumType.STRING)
    private @Nullable InboundReason reasonCode;

    /** What the reason code does not say (an error, the Message-ID seen before); the only reason on old records. */
    private @Nullable String reason;

    private Instant receivedAt;

    private int sizeBytes;

    protected InboundMail() {}

    /**
     * @param key what recognises the mail, kept as its Message-ID (a fingerprint for mail without one)
     * @param sender the sender's address, when the mail could be read
     */
    InboundMail(
            long tenantId,
            long mailboxId,
            MailKey key,
            MailKind kind,
            @Nullable String sender,
            @Nullable String subject,
            MailOutcome outcome,
            Instant receivedAt,
            int sizeBytes) {
        this.tenantId = tenantId;
        this.mailboxId = mailboxId;
        this.messageId = key.value();
        this.dedupKey = outcome.outcome() == InboundOutcome.DUPLICATE ? null : key.value();
        this.kind = kind;
        this.outcome = outcome.outcome();
        this.ticketNumber = outcome.ticketNumber();
        this.sender = clip(sender, 254);
        this.subject = clip(subject, 1000);
        this.reasonCode = outcome.reason();
        this.reason = clip(outcome.detail(), 2000);
        this.receivedAt = receivedAt;
        this.sizeBytes = sizeBytes;
    }

    private static @Nullable String clip(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    long id() {
        return id;
    }

    public long mailboxId() {
        return mailboxId;
    }

    public InboundMailView view() {
        return new InboundMailView(
                id, messageId, kind, outcome, ticketNumber, sender, subject, reasonCode, reason, receivedAt, sizeBytes);
    }
}
