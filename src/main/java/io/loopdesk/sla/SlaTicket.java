package io.loopdesk.sla;

import io.loopdesk.sla.policy.PolicyName;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/**
 * A ticket as the SLA module tracks it: the policy its targets came from. Every change to the ticket's clocks
 * (an event, a timer) first locks this row, so the clocks of one ticket are only ever changed one at a time, on any
 * node.
 */
@Entity
@Table(name = "sla_ticket")
public class SlaTicket {

    @Id
    private Long ticketId;

    @TenantId
    private Long tenantId;

    private String ticketNumber;

    @Enumerated(EnumType.STRING)
    private PolicyName policy;

    private Instant trackedSince;

    protected SlaTicket() {}

    SlaTicket(long ticketId, long tenantId, String ticketNumber, PolicyName policy, Instant now) {
        this.ticketId = ticketId;
        this.tenantId = tenantId;
        this.ticketNumber = ticketNumber;
        this.policy = policy;
        this.trackedSince = now;
    }

    void retargeted(PolicyName policy) {
        this.policy = policy;
    }

    public long ticketId() {
        return ticketId;
    }

    public long tenantId() {
        return tenantId;
    }

    public String ticketNumber() {
        return ticketNumber;
    }

    public PolicyName policy() {
        return policy;
    }
}
