package io.loopdesk.ticket.tag;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;

/** One tag on one ticket. */
@Entity
@Table(name = "ticket_tag")
public class TicketTag {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_tag_seq")
    @SequenceGenerator(name = "ticket_tag_seq", sequenceName = "ticket_tag_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long ticketId;

    private String ticketNumber;

    private String tag;

    private Instant taggedAt;

    protected TicketTag() {}

    TicketTag(long tenantId, long ticketId, String ticketNumber, String tag, Instant at) {
        this.tenantId = tenantId;
        this.ticketId = ticketId;
        this.ticketNumber = ticketNumber;
        this.tag = tag;
        this.taggedAt = at;
    }

    String ticketNumber() {
        return ticketNumber;
    }

    String tag() {
        return tag;
    }
}
