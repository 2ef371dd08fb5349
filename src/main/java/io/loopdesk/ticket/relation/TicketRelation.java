package io.loopdesk.ticket.relation;

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

/** One link between two tickets of a tenant, read from {@code ticketId} to {@code otherId} as its kind says. */
@Entity
@Table(name = "ticket_relation")
class TicketRelation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_relation_seq")
    @SequenceGenerator(name = "ticket_relation_seq", sequenceName = "ticket_relation_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long ticketId;

    private String ticketNumber;

    private long otherId;

    private String otherNumber;

    @Enumerated(EnumType.STRING)
    private RelationKind kind;

    /** The two ids, lower first: two tickets are linked once, whichever way round. */
    private String pair;

    private String linkedBy;

    private Instant linkedAt;

    protected TicketRelation() {}

    TicketRelation(
            long tenantId,
            long ticketId,
            String ticketNumber,
            long otherId,
            String otherNumber,
            RelationKind kind,
            String linkedBy,
            Instant linkedAt) {
        this.tenantId = tenantId;
        this.ticketId = ticketId;
        this.ticketNumber = ticketNumber;
        this.otherId = otherId;
        this.otherNumber = otherNumber;
        this.kind = kind;
        this.pair = pair(ticketId, otherId);
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
    }

    static String pair(long one, long other) {
        return Math.min(one, other) + ":" + Math.max(one, other);
    }

    long ticketId() {
        return ticketId;
    }

    String ticketNumber() {
        return ticketNumber;
    }

    String otherNumber() {
        return otherNumber;
    }

    RelationKind kind() {
        return kind;
    }

    String linkedBy() {
        return linkedBy;
    }

    Instant linkedAt() {
        return linkedAt;
    }
}
