package io.loopdesk.routing.transfer;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A ticket passing from one person or level to another, with what the next one must know: a transfer (转单), an
 * off-duty handover, a dispatch to the platform's support (派单, open until the platform answers) or an escalation.
 */
@Entity
public class Handover {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "handover_seq")
    @SequenceGenerator(name = "handover_seq", sequenceName = "handover_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private String ticketNumber;

    @Enumerated(EnumType.STRING)
    private HandoverKind kind;

    private @Nullable Long fromAgentId;

    private @Nullable Long toAgentId;

    private @Nullable Long toTeamId;

    @Enumerated(EnumType.STRING)
    private @Nullable EscalationLevel level;

    private String note;

    private boolean open;

    private @Nullable Long createdBy;

    private Instant createdAt;

    private @Nullable Instant closedAt;

    protected Handover() {}

    private Handover(
            long tenantId,
            String ticketNumber,
            HandoverKind kind,
            @Nullable Long fromAgentId,
            @Nullable Long toAgentId,
            @Nullable Long toTeamId,
            @Nullable EscalationLevel level,
            String note,
            boolean open,
            @Nullable Long createdBy,
            Instant createdAt) {
        this.tenantId = tenantId;
        this.ticketNumber = ticketNumber;
        this.kind = kind;
        this.fromAgentId = fromAgentId;
        this.toAgentId = toAgentId;
        this.toTeamId = toTeamId;
        this.level = level;
        this.note = note;
        this.open = open;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public static Handover offDuty(
            long tenantId, String number, long agent, @Nullable Long team, String note, @Nullable Long by, Instant at) {
        return new Handover(tenantId, number, HandoverKind.OFF_DUTY, agent, null, team, null, note, false, by, at);
    }

    static Handover transfer(
            long tenantId,
            String number,
            @Nullable Long from,
            @Nullable Long toAgent,
            @Nullable Long toTeam,
            String note,
            @Nullable Long by,
            Instant at) {
        return new Handover(tenantId, number, HandoverKind.TRANSFER, from, toAgent, toTeam, null, note, false, by, at);
    }

    static Handover dispatch(
            long tenantId, String number, @Nullable Long from, String problem, @Nullable Long by, Instant at) {
        return new Handover(tenantId, number, HandoverKind.DISPATCH, from, null, null, null, problem, true, by, at);
    }

    static Handover escalation(
            long tenantId,
            String number,
            @Nullable Long from,
            @Nullable Long toTeam,
            EscalationLevel level,
            String reason,
            @Nullable Long by,
            Instant at) {
        return new Handover(
                tenantId, number, HandoverKind.ESCALATION, from, null, toTeam, level, reason, false, by, at);
    }

    void close(Instant at) {
        open = false;
        closedAt = at;
    }

    HandoverView view() {
        return new HandoverView(
                id,
                tenantId,
                ticketNumber,
                kind,
                fromAgentId,
                toAgentId,
                toTeamId,
                level,
                note,
                open,
                createdBy,
                createdAt,
                closedAt);
    }
}
