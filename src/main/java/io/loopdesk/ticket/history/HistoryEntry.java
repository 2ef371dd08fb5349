package io.loopdesk.ticket.history;

import io.loopdesk.ticket.Ticket;
import io.loopdesk.ticket.view.HistoryEntryView;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One change to a ticket: who, when, which field, before and after. Append-only; the database refuses edits. */
@Entity
@Immutable
@Table(name = "ticket_history")
public class HistoryEntry {

    static final int MAX_VALUE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_history_seq")
    @SequenceGenerator(name = "ticket_history_seq", sequenceName = "ticket_history_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long ticketId;

    private @Nullable Long actorId;

    private String actorName;

    private Instant occurredAt;

    private String field;

    private @Nullable String oldValue;

    private @Nullable String newValue;

    private @Nullable String note;

    protected HistoryEntry() {}

    public HistoryEntry(
            long tenantId,
            long ticketId,
            @Nullable Long actorId,
            String actorName,
            Instant occurredAt,
            Ticket.Change change) {
        this.tenantId = tenantId;
        this.ticketId = ticketId;
        this.actorId = actorId;
        this.actorName = actorName;
        this.occurredAt = occurredAt;
        this.field = change.field();
        this.oldValue = clip(change.before());
        this.newValue = clip(change.after());
        this.note = clip(change.note());
    }

    private static @Nullable String clip(@Nullable String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }

    public long ticketId() {
        return ticketId;
    }

    public HistoryEntryView view() {
        return new HistoryEntryView(id, actorId, actorName, occurredAt, field, oldValue, newValue, note);
    }
}
