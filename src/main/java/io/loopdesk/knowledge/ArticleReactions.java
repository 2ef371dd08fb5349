package io.loopdesk.knowledge;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.TenantScope;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What readers say of published articles: "this solved it" (the feedback they were writing is not sent: a ticket
 * deflected) and "was this helpful?" with a reason when it was not. Counted per article for its editors.
 */
@Service
public class ArticleReactions {

    /** The longest comment a reader may leave with "not helpful". */
    public static final int MAX_COMMENT = 500;

    private static final int LATEST = 20;

    private final ArticleRepository articles;
    private final ArticleReactionRepository reactions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ArticleReactions(
            ArticleRepository articles,
            ArticleReactionRepository reactions,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.articles = articles;
        this.reactions = reactions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The article solved the reader's problem before they sent it. */
    public void solved(long tenantId, long articleId, ReactionChannel channel) {
        keep(tenantId, articleId, Reaction.SOLVED, null, null, channel);
    }

    /**
     * "Was this helpful?": yes, or no with a reason (required) and a comment (optional, at most
     * {@value #MAX_COMMENT} characters).
     */
    public void helpful(
            long tenantId,
            long articleId,
            boolean helpful,
            @Nullable NotHelpfulReason reason,
            @Nullable String comment,
            ReactionChannel channel) {
        if (helpful) {
            keep(tenantId, articleId, Reaction.HELPFUL, null, null, channel);
            return;
        }
        String cleanComment = comment == null || comment.isBlank() ? null : comment.strip();
        if (reason == null) {
            throw new KnowledgeRefusedException(
                    List.of(new FieldProblem("reason", "kb.reaction.reason", "Say why it did not help.")));
        }
        if (cleanComment != null && cleanComment.length() > MAX_COMMENT) {
            throw new KnowledgeRefusedException(List.of(new FieldProblem(
                    "comment",
                    "kb.reaction.comment",
                    "A comment is at most " + MAX_COMMENT + " characters long.",
                    List.of(MAX_COMMENT))));
        }
        keep(tenantId, articleId, Reaction.NOT_HELPFUL, reason, cleanComment, channel);
    }

    /** What readers said of the desk's article {@code articleId}. */
    public ReactionCounts of(long articleId, Actor actor) {
        Articles.check(actor, Articles.READERS);
        return TenantScope.of(
                actor,
                () -> transactions.execute(status -> {
                    Map<Reaction, Long> counts = new EnumMap<>(Reaction.class);
                    for (Object[] row : reactions.countsByKind(articleId)) {
                        counts.put((Reaction) row[0], (Long) row[1]);
                    }
                    List<ReactionCounts.NotHelpful> latest = reactions
                            .findByArticleIdAndKindOrderByCreatedAtDescIdDesc(
                                    articleId, Reaction.NOT_HELPFUL, Limit.of(LATEST))
                            .stream()
                            .map(r ->
                                    new ReactionCounts.NotHelpful(r.reason(), r.comment(), r.channel(), r.createdAt()))
                            .toList();
                    return new ReactionCounts(
                            counts.getOrDefault(Reaction.SOLVED, 0L),
                            counts.getOrDefault(Reaction.HELPFUL, 0L),
                            counts.getOrDefault(Reaction.NOT_HELPFUL, 0L),
                            latest);
                }));
    }

    private void keep(
            long tenantId,
            long articleId,
            Reaction kind,
            @Nullable NotHelpfulReason reason,
            @Nullable String comment,
            ReactionChannel channel) {
        TenantScope.inTenant(
                tenantId,
                () -> transactions.executeWithoutResult(status -> {
                    // only what readers can read can be reacted to; anything else is simply not there
                    articles.findById(articleId)
                            .filter(article -> article.status() == ArticleStatus.PUBLISHED)
                            .orElseThrow(() -> new KnowledgeRefusedException(
                                    DomainException.Kind.NOT_FOUND,
                                    "error.kb.article.notFound",
                                    "No article " + articleId + ".",
                                    articleId));
                    reactions.save(
                            new ArticleReaction(tenantId, articleId, kind, reason, comment, channel, clock.instant()));
                }));
    }
}
