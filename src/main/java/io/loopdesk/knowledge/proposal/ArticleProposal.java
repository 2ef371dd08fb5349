package io.loopdesk.knowledge.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** A new article or a change proposed from a ticket; decided once. */
@Entity
@Table(name = "kb_proposal")
class ArticleProposal {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_proposal_seq")
    @SequenceGenerator(name = "kb_proposal_seq", sequenceName = "kb_proposal_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private String ticketNumber;

    private @Nullable Long articleId;

    private String title;

    private String body;

    private @Nullable String note;

    private @Nullable Long proposedBy;

    private Instant proposedAt;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status;

    private @Nullable Long decidedBy;

    private @Nullable Instant decidedAt;

    private @Nullable String reason;

    private @Nullable Long resultArticleId;

    @Version
    private int version;

    protected ArticleProposal() {}

    ArticleProposal(
            long tenantId,
            String ticketNumber,
            @Nullable Long articleId,
            String title,
            String body,
            @Nullable String note,
            @Nullable Long proposedBy,
            Instant proposedAt) {
        this.tenantId = tenantId;
        this.ticketNumber = ticketNumber;
        this.articleId = articleId;
        this.title = title;
        this.body = body;
        this.note = note;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.status = ProposalStatus.PROPOSED;
    }

    void approve(long resultArticleId, @Nullable Long editor, Instant now) {
        this.status = ProposalStatus.APPROVED;
        this.resultArticleId = resultArticleId;
        this.decidedBy = editor;
        this.decidedAt = now;
    }

    void reject(String reason, @Nullable Long editor, Instant now) {
        this.status = ProposalStatus.REJECTED;
        this.reason = reason;
        this.decidedBy = editor;
        this.decidedAt = now;
    }

    long tenantId() {
        return tenantId;
    }

    ProposalStatus status() {
        return status;
    }

    ProposalView view() {
        return new ProposalView(
                id,
                ticketNumber,
                articleId,
                title,
                body,
                note,
                proposedBy,
                proposedAt,
                status,
                decidedBy,
                decidedAt,
                reason,
                resultArticleId);
    }
}
