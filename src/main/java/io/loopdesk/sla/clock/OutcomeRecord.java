package io.loopdesk.sla.clock;

import io.loopdesk.sla.SlaOutcome;
import io.loopdesk.sla.SlaTarget;
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

/**
 * The settled outcome of one cycle of a ticket's SLA clock: met or missed, written once (a unique key makes a second
 * one impossible) in the transaction that publishes it as {@link SlaOutcome}, so what reports count from the events
 * can be checked against it.
 */
@Entity
@Immutable
@Table(name = "sla_outcome")
public class OutcomeRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_outcome_seq")
    @SequenceGenerator(name = "sla_outcome_seq", sequenceName = "sla_outcome_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long ticketId;

    private String ticketNumber;

    @Enumerated(EnumType.STRING)
    private SlaTarget target;

    private int cycle;

    private boolean met;

    private Instant dueAt;

    private Instant settledAt;

    protected OutcomeRecord() {}

    public OutcomeRecord(SlaOutcome outcome) {
        this.tenantId = outcome.tenantId();
        this.ticketId = outcome.ticketId();
        this.ticketNumber = outcome.number();
        this.target = outcome.target();
        this.cycle = outcome.cycle();
        this.met = outcome.met();
        this.dueAt = outcome.dueAt();
        this.settledAt = outcome.settledAt();
    }

    public SlaOutcome outcome() {
        return new SlaOutcome(tenantId, ticketId, ticketNumber, target, cycle, met, dueAt, settledAt);
    }
}
