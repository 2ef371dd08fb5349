package io.loopdesk.ticket.message;

import io.loopdesk.shared.search.SearchAnalysis;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.view.MessageView;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.TenantId;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.jspecify.annotations.Nullable;

/** A public reply or an internal note. Never edited: a correction is a new message. */
@Entity
@Immutable
@Indexed(index = "ticket_message")
public class TicketMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_message_seq")
    @SequenceGenerator(name = "ticket_message_seq", sequenceName = "ticket_message_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    @GenericField(projectable = Projectable.YES, aggregable = Aggregable.YES)
    private long ticketId;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private MessageKind kind;

    private @Nullable Long authorId;

    private String authorName;

    private boolean fromCustomer;

    @FullTextField(name = "text", analyzer = SearchAnalysis.TEXT)
    private String body;

    private Instant createdAt;

    protected TicketMessage() {}

    public TicketMessage(
            long tenantId,
            long ticketId,
            MessageKind kind,
            @Nullable Long authorId,
            String authorName,
            boolean fromCustomer,
            String body,
            Instant createdAt) {
        this.tenantId = tenantId;
        this.ticketId = ticketId;
        this.kind = kind;
        this.authorId = authorId;
        this.authorName = authorName;
        this.fromCustomer = fromCustomer;
        this.body = body;
        this.createdAt = createdAt;
    }

    public long ticketId() {
        return ticketId;
    }

    public MessageKind kind() {
        return kind;
    }

    @Nullable
    public Long authorId() {
        return authorId;
    }

    public MessageView view() {
        return new MessageView(id, kind, authorId, authorName, fromCustomer, body, createdAt);
    }
}
