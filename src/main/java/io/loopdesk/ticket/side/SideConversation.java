package io.loopdesk.ticket.side;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import org.hibernate.annotations.TenantId;

/** One side conversation of a ticket with one e-mail address. */
@Entity
@Table(name = "side_conversation")
class SideConversation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "side_conversation_seq")
    @SequenceGenerator(name = "side_conversation_seq", sequenceName = "side_conversation_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long ticketId;

    private String ticketNumber;

    private String subject;

    private String counterpart;

    private String status;

    private String startedBy;

    private Instant startedAt;

    private Instant updatedAt;

    protected SideConversation() {}

    SideConversation(
            long tenantId,
            long ticketId,
            String ticketNumber,
            String subject,
            String counterpart,
            String by,
            Instant at) {
        this.tenantId = tenantId;
        this.ticketId = ticketId;
        this.ticketNumber = ticketNumber;
        this.subject = subject;
        this.counterpart = counterpart;
        this.status = "OPEN";
        this.startedBy = by;
        this.startedAt = at;
        this.updatedAt = at;
    }

    long id() {
        return id;
    }

    long tenantId() {
        return tenantId;
    }

    long ticketId() {
        return ticketId;
    }

    String ticketNumber() {
        return ticketNumber;
    }

    String subject() {
        return subject;
    }

    String counterpart() {
        return counterpart;
    }

    boolean open() {
        return "OPEN".equals(status);
    }

    void close(Instant at) {
        status = "CLOSED";
        updatedAt = at;
    }

    /** A message went out or came in: an answer opens a closed conversation again. */
    void written(Instant at) {
        status = "OPEN";
        updatedAt = at;
    }

    SideConversationView view(List<SideMessageView> messages) {
        return new SideConversationView(
                id, ticketNumber, subject, counterpart, open(), startedBy, startedAt, updatedAt, messages);
    }
}
