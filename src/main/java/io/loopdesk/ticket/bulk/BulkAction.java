package io.loopdesk.ticket.bulk;

import io.loopdesk.ticket.value.TicketStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One bulk action: its change, who started it, and how far it has got. Its tickets are its items. */
@Entity
@Table(name = "bulk_action")
class BulkAction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "bulk_action_seq")
    @SequenceGenerator(name = "bulk_action_seq", sequenceName = "bulk_action_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long userId;

    @Enumerated(EnumType.STRING)
    private BulkKind kind;

    @Enumerated(EnumType.STRING)
    private @Nullable TicketStatus targetStatus;

    private @Nullable Long assigneeId;

    private @Nullable Long teamId;

    private @Nullable Long macroId;

    private @Nullable String note;

    private @Nullable String tag;

    private @Nullable String mergeInto;

    private String selection;

    private int total;

    private int succeeded;

    private int refused;

    @Enumerated(EnumType.STRING)
    private BulkState state;

    private Instant createdAt;

    private @Nullable Instant finishedAt;

    protected BulkAction() {}

    BulkAction(long tenantId, long userId, BulkChange change, String selection, int total, Instant at) {
        this.tenantId = tenantId;
        this.userId = userId;
        this.kind = change.kind();
        this.targetStatus = change.status();
        this.assigneeId = change.assigneeId();
        this.teamId = change.teamId();
        this.macroId = change.macroId();
        this.note = change.note();
        this.tag = change.tag();
        this.mergeInto = change.mergeInto();
        this.selection = selection.length() > 1000 ? selection.substring(0, 999) + "…" : selection;
        this.total = total;
        this.state = total == 0 ? BulkState.DONE : BulkState.RUNNING;
        this.createdAt = at;
        this.finishedAt = total == 0 ? at : null;
    }

    long id() {
        return id;
    }

    long tenantId() {
        return tenantId;
    }

    long userId() {
        return userId;
    }

    BulkChange change() {
        return new BulkChange(kind, targetStatus, assigneeId, teamId, macroId, note, tag, mergeInto);
    }

    boolean running() {
        return state == BulkState.RUNNING;
    }

    BulkActionView view() {
        return new BulkActionView(
                id, kind, change(), selection, total, succeeded, refused, state, userId, createdAt, finishedAt);
    }
}
