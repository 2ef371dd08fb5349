package io.loopdesk.knowledge;

import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleReactionRepository extends JpaRepository<ArticleReaction, Long> {

    /** How many reactions of each kind the article has: rows of (kind, count). */
    @Query("select r.kind, count(r) from ArticleReaction r where r.articleId = :articleId group by r.kind")
    List<Object[]> countsByKind(long articleId);

    /** Its latest "not helpful" answers, newest first. */
    List<ArticleReaction> findByArticleIdAndKindOrderByCreatedAtDescIdDesc(long articleId, Reaction kind, Limit limit);

    /** The articles that deflected most tickets: rows of (article id, count), most first. */
    @Query("select r.articleId, count(r) from ArticleReaction r where r.kind = 'SOLVED' group by r.articleId"
            + " order by count(r) desc, r.articleId")
    List<Object[]> mostSolved(Limit limit);
}
