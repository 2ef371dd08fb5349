package io.loopdesk.ticket.side;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;

/** One e-mail of a side conversation, written by the desk ({@code outgoing}) or received from the other side. */
@Entity
@Immutable
@Table(name = "side_message")
class SideMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "side_message_seq")
    @SequenceGenerator(name = "side_message_seq", sequenceName = "side_message_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long conversationId;

    private boolean outgoing;

    private String authorName;

    private String body;

    private Instant createdAt;

    protected SideMessage() {}

    SideMessage(long tenantId, long conversationId, boolean outgoing, String authorName, String body, Instant at) {
        this.tenantId = tenantId;
        this.conversationId = conversationId;
        this.outgoing = outgoing;
        this.authorName = authorName;
        this.body = body;
        this.createdAt = at;
    }

    long id() {
        return id;
    }

    long conversationId() {
        return conversationId;
    }

    SideMessageView view() {
        return new SideMessageView(id, outgoing, authorName, body, createdAt);
    }
}
