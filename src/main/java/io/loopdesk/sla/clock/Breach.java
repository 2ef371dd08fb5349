package io.loopdesk.sla.clock;

import io.loopdesk.sla.SlaTarget;
import io.loopdesk.sla.SlaTicket;
import io.loopdesk.sla.policy.PolicyName;
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
import org.jspecify.annotations.Nullable;

/**
 * A missed SLA target, recorded once per ticket, target and cycle (a unique key makes a second recording
 * impossible), for reports: who had the ticket, which policy, when it was due.
 */
@Entity
@Immutable
@Table(name = "sla_breach")
public class Breach {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sla_breach_seq")
    @SequenceGenerator(name = "sla_breach_seq", sequenceName = "sla_breach_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long ticketId;

    private String ticketNumber;

    @Enumerated(EnumType.STRING)
    private SlaTarget target;

    private int cycle;

    @Enumerated(EnumType.STRING)
    private PolicyName policy;

    private Instant dueAt;

    private Instant recordedAt;

    private @Nullable Long assigneeId;

    private @Nullable Long teamId;

    private boolean critical;

    protected Breach() {}

    /** The breach of the clock's {@code cycle}: its current one, or an earlier one that stopped late. */
    public Breach(
            SlaTicket ticket,
            SlaClock clock,
            int cycle,
            Instant dueAt,
            Instant recordedAt,
            @Nullable Long assigneeId,
            @Nullable Long teamId,
            boolean critical) {
        this.tenantId = ticket.tenantId();
        this.ticketId = ticket.ticketId();
        this.ticketNumber = ticket.ticketNumber();
        this.target = clock.target();
        this.cycle = cycle;
        this.policy = ticket.policy();
        this.dueAt = dueAt;
        this.recordedAt = recordedAt;
        this.assigneeId = assigneeId;
        this.teamId = teamId;
        this.critical = critical;
    }

    BreachView view() {
        return new BreachView(ticketNumber, target, cycle, policy, dueAt, recordedAt, assigneeId, teamId, critical);
    }
}
