package io.loopdesk.knowledge;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ArticleRepository extends JpaRepository<Article, Long> {

    List<Article> findAllByOrderByUpdatedAtDescIdDesc(Limit limit);

    List<Article> findByStatusOrderByUpdatedAtDescIdDesc(ArticleStatus status, Limit limit);

    /** The tenant's published articles, by category and title, for the help centre. */
    List<Article> findByStatusOrderByCategoryAscTitleAsc(ArticleStatus status);

    /** The published articles whose review is due by {@code now}, soonest first. */
    List<Article> findByStatusAndReviewDueAtLessThanEqualOrderByReviewDueAtAsc(ArticleStatus status, Instant now);

    /** Every tenant's published articles overdue for review whose editors have not been told yet. */
    @Query("select a from Article a where a.status = 'PUBLISHED' and a.reviewDueAt <= :now and a.reviewToldAt is null"
            + " order by a.tenantId, a.reviewDueAt")
    List<Article> untoldOverdue(Instant now, Limit limit);
}
