package io.loopdesk.ticket.secret;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/**
 * A password or key that was found in a ticket's text: the text keeps a mask, this row keeps the original,
 * encrypted, for the staff who must act on it.
 */
@Entity
@Immutable
class TicketSecret {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_secret_seq")
    @SequenceGenerator(name = "ticket_secret_seq", sequenceName = "ticket_secret_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long ticketId;

    /** The message it was in; {@code null} for the ticket's own title and description. */
    private @Nullable Long messageId;

    private String kind;

    private String sealed;

    private Instant createdAt;

    protected TicketSecret() {}

    TicketSecret(long tenantId, long ticketId, @Nullable Long messageId, String kind, String sealed, Instant now) {
        this.tenantId = tenantId;
        this.ticketId = ticketId;
        this.messageId = messageId;
        this.kind = kind;
        this.sealed = sealed;
        this.createdAt = now;
    }

    long ticketId() {
        return ticketId;
    }

    String sealed() {
        return sealed;
    }

    SecretView view() {
        return new SecretView(id, messageId, kind, createdAt);
    }
}
