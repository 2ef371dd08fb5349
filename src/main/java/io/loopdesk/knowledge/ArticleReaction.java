package io.loopdesk.knowledge;

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
import org.jspecify.annotations.Nullable;

/** One reader's word on one article; never changed. */
@Entity
@Table(name = "kb_reaction")
class ArticleReaction {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_reaction_seq")
    @SequenceGenerator(name = "kb_reaction_seq", sequenceName = "kb_reaction_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long articleId;

    @Enumerated(EnumType.STRING)
    private Reaction kind;

    @Enumerated(EnumType.STRING)
    private @Nullable NotHelpfulReason reason;

    private @Nullable String comment;

    @Enumerated(EnumType.STRING)
    private ReactionChannel channel;

    private Instant createdAt;

    protected ArticleReaction() {}

    ArticleReaction(
            long tenantId,
            long articleId,
            Reaction kind,
            @Nullable NotHelpfulReason reason,
            @Nullable String comment,
            ReactionChannel channel,
            Instant createdAt) {
        this.tenantId = tenantId;
        this.articleId = articleId;
        this.kind = kind;
        this.reason = reason;
        this.comment = comment;
        this.channel = channel;
        this.createdAt = createdAt;
    }

    Reaction kind() {
        return kind;
    }

    @Nullable
    NotHelpfulReason reason() {
        return reason;
    }

    @Nullable
    String comment() {
        return comment;
    }

    ReactionChannel channel() {
        return channel;
    }

    Instant createdAt() {
        return createdAt;
    }
}
