package io.loopdesk.ticket.progress;

import io.loopdesk.shared.search.SearchAnalysis;
import io.loopdesk.ticket.ProgressEntry;
import io.loopdesk.ticket.value.ProgressLabel;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.ProgressView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.jspecify.annotations.Nullable;

/** What a handler did and when they expect to finish (seed 001, table 2). */
@Entity
@Immutable
@Table(name = "ticket_progress")
@Indexed(index = "ticket_progress")
public class ProgressRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_progress_seq")
    @SequenceGenerator(name = "ticket_progress_seq", sequenceName = "ticket_progress_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    @GenericField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private long ticketId;

    private @Nullable Long handlerId;

    private String handlerName;

    @Enumerated(EnumType.STRING)
    private TicketStatus stage;

    @Enumerated(EnumType.STRING)
    private ProgressLabel label;

    @FullTextField(name = "text", analyzer = SearchAnalysis.TEXT)
    private String details;

    private @Nullable Instant estimatedCompletionAt;

    private @Nullable Instant actualCompletionAt;

    private @Nullable String partsReplaced;

    private boolean onSiteVisit;

    @GenericField
    private boolean customerVisible;

    private Instant createdAt;

    protected ProgressRecord() {}

    public ProgressRecord(
            long tenantId,
            long ticketId,
            @Nullable Long handlerId,
            String handlerName,
            TicketStatus stage,
            ProgressEntry entry,
            Instant createdAt) {
        this.tenantId = tenantId;
        this.ticketId = ticketId;
        this.handlerId = handlerId;
        this.handlerName = handlerName;
        this.stage = stage;
        this.label = entry.label();
        this.details = entry.details().strip();
        this.estimatedCompletionAt = entry.estimatedCompletionAt();
        this.actualCompletionAt = entry.actualCompletionAt();
        this.partsReplaced = entry.partsReplaced();
        this.onSiteVisit = entry.onSiteVisit();
        this.customerVisible = entry.customerVisible();
        this.createdAt = createdAt;
    }

    public long ticketId() {
        return ticketId;
    }

    public ProgressView view() {
        return new ProgressView(
                id,
                handlerId,
                handlerName,
                stage,
                label,
                details,
                estimatedCompletionAt,
                actualCompletionAt,
                partsReplaced,
                onSiteVisit,
                customerVisible,
                createdAt);
    }
}
