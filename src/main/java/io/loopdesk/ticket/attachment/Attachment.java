package io.loopdesk.ticket.attachment;

import io.loopdesk.ticket.view.AttachmentView;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A file attached to a ticket, or to one of its messages. The row says what the file is (type read from its
 * bytes, size, SHA-256) and where its bytes are (a key of the {@link AttachmentStore}); it is never edited.
 */
@Entity(name = "TicketAttachment")
@jakarta.persistence.Table(name = "ticket_attachment")
@Immutable
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_attachment_seq")
    @SequenceGenerator(name = "ticket_attachment_seq", sequenceName = "ticket_attachment_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long ticketId;

    private @Nullable Long messageId;

    /** Attached to an internal note: staff only, never shown to the customer. */
    private boolean internal;

    private String filename;

    private String contentType;

    private long sizeBytes;

    private String sha256;

    private @Nullable String description;

    private String storageKey;

    private @Nullable Long uploadedBy;

    private String uploadedByName;

    private Instant createdAt;

    protected Attachment() {}

    Attachment(
            long tenantId,
            long ticketId,
            @Nullable Long messageId,
            boolean internal,
            String filename,
            String contentType,
            long sizeBytes,
            String sha256,
            @Nullable String description,
            String storageKey,
            @Nullable Long uploadedBy,
            String uploadedByName,
            Instant createdAt) {
        this.tenantId = tenantId;
        this.ticketId = ticketId;
        this.messageId = messageId;
        this.internal = internal;
        this.filename = filename;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.description = description;
        this.storageKey = storageKey;
        this.uploadedBy = uploadedBy;
        this.uploadedByName = uploadedByName;
        this.createdAt = createdAt;
    }

    long ticketId() {
        return ticketId;
    }

    public boolean internal() {
        return internal;
    }

    public String storageKey() {
        return storageKey;
    }

    public AttachmentView view(String ticketNumber) {
        return new AttachmentView(
                id,
                ticketNumber,
                messageId,
                filename,
                contentType,
                sizeBytes,
                sha256,
                description,
                internal,
                uploadedByName,
                createdAt);
    }
}
