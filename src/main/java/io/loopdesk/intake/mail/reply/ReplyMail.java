package io.loopdesk.intake.mail.reply;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A staff reply handed to the notification outbox as an e-mail, remembered by the Message-ID it goes out with: an
 * answer or a bounce that names that id finds the ticket by it. How its delivery goes is the outbox's business
 * (the notification with the same id). Written once per reply, never changed.
 */
@Entity
@Table(name = "reply_mail")
public class ReplyMail {

    @Id
    private Long notificationId;

    @TenantId
    private Long tenantId;

    private String ticketNumber;

    private @Nullable Long sourceMessage;

    private String messageId;

    private String recipient;

    /** For an e-mail of a side conversation: the conversation, and the message it sends. */
    private @Nullable Long sideConversation;

    private @Nullable Long sideMessage;

    private Instant createdAt;

    protected ReplyMail() {}

    ReplyMail(
            long notificationId,
            long tenantId,
            String ticketNumber,
            long sourceMessage,
            String messageId,
            String recipient,
            Instant createdAt) {
        this.notificationId = notificationId;
        this.tenantId = tenantId;
        this.ticketNumber = ticketNumber;
        this.sourceMessage = sourceMessage;
        this.messageId = messageId;
        this.recipient = recipient;
        this.createdAt = createdAt;
    }

    /** An e-mail of a side conversation, remembered as a reply is: answers that name it join the conversation. */
    static ReplyMail side(
            long notificationId,
            long tenantId,
            String ticketNumber,
            long conversationId,
            long messageId,
            String mailMessageId,
            String recipient,
            Instant createdAt) {
        ReplyMail mail = new ReplyMail();
        mail.notificationId = notificationId;
        mail.tenantId = tenantId;
        mail.ticketNumber = ticketNumber;
        mail.messageId = mailMessageId;
        mail.recipient = recipient;
        mail.createdAt = createdAt;
        mail.sideConversation = conversationId;
        mail.sideMessage = messageId;
        return mail;
    }

    /** The side conversation this e-mail belongs to, if it is one's. */
    public @Nullable Long sideConversation() {
        return sideConversation;
    }

    public long notificationId() {
        return notificationId;
    }

    public String ticketNumber() {
        return ticketNumber;
    }

    public String messageId() {
        return messageId;
    }

    public String recipient() {
        return recipient;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
