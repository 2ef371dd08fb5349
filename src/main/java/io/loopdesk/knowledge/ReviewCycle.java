package io.loopdesk.knowledge;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.UserAccounts;
import io.loopdesk.identity.UserView;
import io.loopdesk.notification.Notifications;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps published articles true: each is due for review a tenant-set number of months after it was published or
 * last reviewed (one by default). Overdue articles are listed on the knowledge base page, and the tenant's editors
 * are told once, in the desk, when one falls due; marking it reviewed sets the next date.
 */
@Service
public class ReviewCycle {

    /** How often a tenant without a setting reviews. */
    public static final int DEFAULT_MONTHS = 1;

    static final int MAX_MONTHS = 24;

    /** How many overdue articles one round of the timer tells about. */
    private static final int ROUND = 500;

    private final ArticleRepository articles;
    private final JdbcClient jdbc;
    private final UserAccounts users;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReviewCycle(
            ArticleRepository articles,
            JdbcClient jdbc,
            UserAccounts users,
            Notifications notifications,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.articles = articles;
        this.jdbc = jdbc;
        this.users = users;
        this.notifications = notifications;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Every how many months the tenant's published articles are reviewed. */
    public int months(long tenantId) {
        return jdbc.sql("select review_months from kb_setting where tenant_id = ?")
                .param(tenantId)
                .query(Integer.class)
                .optional()
                .orElse(DEFAULT_MONTHS);
    }

    /** Sets the tenant's review period, 1 to 24 months; for editors. Articles already published keep their dates. */
    public void setMonths(int months, Actor actor) {
        check(actor);
        if (months < 1 || months > MAX_MONTHS) {
            throw new KnowledgeRefusedException(List.of(new FieldProblem(
                    "reviewMonths", "kb.review.months.range", "Review articles every 1 to 24 months.", List.of())));
        }
        transactions.executeWithoutResult(status -> {
            int changed = jdbc.sql("update kb_setting set review_months = ? where tenant_id = ?")
                    .params(months, actor.tenantId())
                    .update();
            if (changed == 0) {
                jdbc.sql("insert into kb_setting (tenant_id, review_months) values (?, ?)")
                        .params(actor.tenantId(), months)
                        .update();
            }
        });
    }

    /** When an article published or reviewed {@code now} is due again. */
    Instant nextReview(long tenantId, Instant now) {
        return now.atZone(ZoneOffset.UTC).plusMonths(months(tenantId)).toInstant();
    }

    /** The tenant's published articles whose review is due, soonest first. */
    public List<ArticleView> overdue(Actor actor) {
        return TenantScope.of(
                actor,
                () -> transactions.execute(status -> articles
                        .findByStatusAndReviewDueAtLessThanEqualOrderByReviewDueAtAsc(
                                ArticleStatus.PUBLISHED, clock.instant())
                        .stream()
                        .map(Article::view)
                        .toList()));
    }

    /** An editor checked the article: it is due again one review period from now. */
    public ArticleView reviewed(long id, Actor actor) {
        check(actor);
        return TenantScope.of(
                actor,
                () -> transactions.execute(status -> {
                    Article article = articles.findById(id).orElseThrow(() -> KnowledgeRefusedException.notFound(id));
                    if (article.status() != ArticleStatus.PUBLISHED) {
                        throw new KnowledgeRefusedException(
                                DomainException.Kind.CONFLICT,
                                "error.kb.review.notPublished",
                                "Only a published article is reviewed.");
                    }
                    article.reviewBy(nextReview(article.tenantId(), clock.instant()));
                    return article.view();
                }));
    }

    /** Tells each tenant's editors, in the desk, of the articles that fell due for review; returns how many. */
    public int tellWhereDue() {
        return TenantScope.asSystem(() -> transactions.execute(status -> {
            Instant now = clock.instant();
            List<Article> due = articles.untoldOverdue(now, Limit.of(ROUND));
            Map<Long, List<Article>> byTenant = due.stream().collect(Collectors.groupingBy(Article::tenantId));
            byTenant.forEach((tenantId, overdue) -> {
                List<UserView> editors = users.withAnyRole(tenantId, Articles.EDITORS);
                for (Article article : overdue) {
                    ArticleView view = article.view();
                    notifications.sendToStaff(
                            tenantId,
                            editors,
                            Phrase.of("kb.review.notice.subject", view.title()),
                            Phrase.of("kb.review.notice.body", view.title(), "/knowledge/" + view.id()),
                            null,
                            null);
                    article.reviewTold(now);
                }
            });
            return due.size();
        }));
    }

    private static void check(Actor actor) {
        if (Articles.EDITORS.stream().noneMatch(actor::has)) {
            throw new KnowledgeRefusedException(
                    DomainException.Kind.FORBIDDEN,
                    "error.kb.forbidden",
                    "Only the desk reads the knowledge base, and supervisors and tenant admins edit it.");
        }
    }
}
