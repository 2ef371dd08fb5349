package io.loopdesk.knowledge.reply;

import io.loopdesk.ticket.value.TicketStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A tenant's reply template. */
@Entity
@Table(name = "kb_reply_template")
class ReplyTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_reply_template_seq")
    @SequenceGenerator(name = "kb_reply_template_seq", sequenceName = "kb_reply_template_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private String name;

    private String body;

    @Enumerated(EnumType.STRING)
    private @Nullable TicketStatus status;

    private @Nullable String category;

    @Enumerated(EnumType.STRING)
    private Numbering numbering;

    private @Nullable String language;

    private long uses;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private int version;

    protected ReplyTemplate() {}

    ReplyTemplate(long tenantId, TemplateDraft draft, Instant now) {
        this.tenantId = tenantId;
        this.createdAt = now;
        take(draft, now);
    }

    void take(TemplateDraft draft, Instant now) {
        this.name = draft.name();
        this.body = draft.body();
        this.status = draft.status();
        this.category = draft.category();
        this.numbering = draft.numbering();
        this.language = draft.language();
        this.updatedAt = now;
    }

    void used() {
        uses++;
    }

    ReplyTemplateView view() {
        return new ReplyTemplateView(id, name, body, status, category, numbering, language, uses);
    }
}
