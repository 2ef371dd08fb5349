package io.loopdesk.knowledge.reply;

import io.loopdesk.ticket.value.ProgressLabel;
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

/** A tenant's macro. */
@Entity
@Table(name = "kb_macro")
class Macro {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_macro_seq")
    @SequenceGenerator(name = "kb_macro_seq", sequenceName = "kb_macro_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private String name;

    private @Nullable Long templateId;

    @Enumerated(EnumType.STRING)
    private @Nullable TicketStatus status;

    @Enumerated(EnumType.STRING)
    private @Nullable ProgressLabel progressLabel;

    private @Nullable String progressDetails;

    private boolean takeTicket;

    private long uses;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private int version;

    protected Macro() {}

    Macro(long tenantId, MacroDraft draft, Instant now) {
        this.tenantId = tenantId;
        this.createdAt = now;
        take(draft, now);
    }

    void take(MacroDraft draft, Instant now) {
        this.name = draft.name();
        this.templateId = draft.templateId();
        this.status = draft.status();
        this.progressLabel = draft.progressLabel();
        this.progressDetails = draft.progressDetails();
        this.takeTicket = draft.takeTicket();
        this.updatedAt = now;
    }

    void used() {
        uses++;
    }

    MacroView view() {
        return new MacroView(id, name, templateId, status, progressLabel, progressDetails, takeTicket, uses);
    }
}
