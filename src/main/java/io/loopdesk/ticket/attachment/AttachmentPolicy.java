package io.loopdesk.ticket.attachment;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A tenant's own attachment limits; tenants without one use {@code loopdesk.attachments.*}. */
@Entity
class AttachmentPolicy {

    @Id
    private Long tenantId;

    private long maxFileBytes;

    private long maxTicketBytes;

    @Version
    private int version;

    protected AttachmentPolicy() {}

    AttachmentPolicy(long tenantId) {
        this.tenantId = tenantId;
    }

    void change(AttachmentLimits limits) {
        this.maxFileBytes = limits.maxFileBytes();
        this.maxTicketBytes = limits.maxTicketBytes();
    }

    AttachmentLimits limits() {
        return new AttachmentLimits(maxFileBytes, maxTicketBytes);
    }
}
