package io.loopdesk.knowledge.proposal;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A proposal as editors and its proposer see it.
 *
 * @param articleId the article it would change; null for a new article
 * @param resultArticleId the article its approval wrote
 */
public record ProposalView(
        long id,
        String ticketNumber,
        @Nullable Long articleId,
        String title,
        String body,
        @Nullable String note,
        @Nullable Long proposedBy,
        Instant proposedAt,
        ProposalStatus status,
        @Nullable Long decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String reason,
        @Nullable Long resultArticleId) {}
