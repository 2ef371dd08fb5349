package io.loopdesk.knowledge;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.ObjectMapper;

/**
 * A tenant's knowledge base articles. Editors (supervisors, tenant admins) write, review, publish, archive and roll
 * back; every save is a new numbered version with its author and note, and a rollback is a new version too, so
 * nothing written is ever lost. Everyone at the desk reads every article; customers read published ones in the help
 * centre.
 */
@Service
public class Articles {

    /** The most articles a list shows. */
    public static final int LIST_SIZE = 500;

    /** Who writes and decides articles. */
    public static final Set<Role> EDITORS =
            EnumSet.of(Role.SUPERVISOR, Role.KB_EDITOR, Role.TENANT_ADMIN, Role.PLATFORM_OPERATOR);
    /** Who reads the knowledge base at the desk. */
    public static final Set<Role> READERS = EnumSet.of(
            Role.AGENT,
            Role.ENGINEER,
            Role.SUPERVISOR,
            Role.QA,
            Role.KB_EDITOR,
            Role.TENANT_ADMIN,
            Role.PLATFORM_OPERATOR);

    private final ArticleRepository articles;
    private final ArticleVersionRepository versions;
    private final ReviewCycle reviews;
    private final ArticleIndex index;
    private final ObjectMapper json;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Articles(
            ArticleRepository articles,
            ArticleVersionRepository versions,
            ReviewCycle reviews,
            ArticleIndex index,
            ObjectMapper json,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.articles = articles;
        this.versions = versions;
        this.reviews = reviews;
        this.index = index;
        this.json = json;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Writes a new article as a draft: its version 1. */
    public ArticleView create(ArticleDraft draft, @Nullable String note, Actor actor) {
        check(actor, EDITORS);
        ArticleDraft checked = draft.checked();
        return inScope(actor, () -> {
            Instant now = clock.instant();
            Article article = articles.saveAndFlush(new Article(actor.tenantId(), checked, actor.userId(), now));
            keep(article, checked, actor, note, now);
            index.changed(article.tenantId(), article.id());
            return article.view();
        });
    }

    /** Saves a changed article as its next version; its status stays. */
    public ArticleView edit(long id, ArticleDraft draft, @Nullable String note, Actor actor) {
        check(actor, EDITORS);
        ArticleDraft checked = draft.checked();
        return inScope(actor, () -> {
            Article article = existing(id);
            if (article.draft().equals(checked)) {
                return article.view();
            }
            Instant now = clock.instant();
            article.take(checked, now);
            keep(article, checked, actor, note, now);
            index.changed(article.tenantId(), article.id());
            return article.view();
        });
    }

    /**
     * Moves the article along its life ({@link ArticleStatus#next()}); a published article is due for review one
     * review period later ({@link ReviewCycle}).
     */
    public ArticleView move(long id, ArticleStatus to, Actor actor) {
        check(actor, EDITORS);
        return inScope(actor, () -> {
            Article article = existing(id);
            Instant now = clock.instant();
            article.move(to, now);
            if (to == ArticleStatus.PUBLISHED) {
                article.reviewBy(reviews.nextReview(article.tenantId(), now));
            }
            index.changed(article.tenantId(), article.id());
            return article.view();
        });
    }

    /** Makes version {@code number}'s content the article's again, as its next version. */
    public ArticleView rollBack(long id, int number, Actor actor) {
        check(actor, EDITORS);
        return inScope(actor, () -> {
            Article article = existing(id);
            ArticleDraft old = content(versions.findByArticleIdAndNumber(id, number)
                    .orElseThrow(() -> new KnowledgeRefusedException(
                            DomainException.Kind.NOT_FOUND,
                            "error.kb.version.notFound",
                            "Article " + id + " has no version " + number + ".",
                            number)));
            Instant now = clock.instant();
            article.take(old, now);
            keep(article, old, actor, "↩ " + number, now);
            index.changed(article.tenantId(), article.id());
            return article.view();
        });
    }

    /** One article, whatever its status, for the desk. */
    public ArticleView get(long id, Actor actor) {
        check(actor, READERS);
        return inScope(actor, () -> existing(id).view());
    }

    /** The articles of the desk's tenant, most recently changed first; of one status if given. */
    public List<ArticleView> list(@Nullable ArticleStatus status, Actor actor) {
        check(actor, READERS);
        return inScope(
                actor,
                () -> (status == null
                                ? articles.findAllByOrderByUpdatedAtDescIdDesc(Limit.of(LIST_SIZE))
                                : articles.findByStatusOrderByUpdatedAtDescIdDesc(status, Limit.of(LIST_SIZE)))
                        .stream().map(Article::view).toList());
    }

    /** Every version of an article, newest first. */
    public List<ArticleVersionView> versions(long id, Actor actor) {
        check(actor, READERS);
        return inScope(actor, () -> {
            existing(id);
            return versions.findByArticleIdOrderByNumberDesc(id).stream()
                    .map(version -> version.view(content(version)))
                    .toList();
        });
    }

    /** What changed in version {@code number} of an article from the version before it. */
    public ArticleDiff changes(long id, int number, Actor actor) {
        check(actor, READERS);
        return inScope(actor, () -> {
            existing(id);
            ArticleVersion after = versions.findByArticleIdAndNumber(id, number)
                    .orElseThrow(() -> new KnowledgeRefusedException(
                            DomainException.Kind.NOT_FOUND,
                            "error.kb.version.notFound",
                            "Article " + id + " has no version " + number + ".",
                            number));
            ArticleDraft before = versions.findByArticleIdAndNumber(id, number - 1)
                    .map(this::content)
                    .orElse(null);
            return ArticleDiff.between(number, before, content(after));
        });
    }

    /** The published articles of a tenant, by category and title: what its help centre shows. */
    public List<ArticleView> published(long tenantId) {
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(
                        status -> articles.findByStatusOrderByCategoryAscTitleAsc(ArticleStatus.PUBLISHED).stream()
                                .map(Article::view)
                                .toList()));
    }

    /** One published article of a tenant; a draft, an archived article or another tenant's is not there. */
    public Optional<ArticleView> published(long tenantId, long id) {
        return TenantScope.inTenant(
                tenantId,
                () -> transactions.execute(status -> articles.findById(id)
                        .filter(article -> article.status() == ArticleStatus.PUBLISHED)
                        .map(Article::view)));
    }

    private void keep(Article article, ArticleDraft content, Actor actor, @Nullable String note, Instant now) {
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 200) {
            cleanNote = cleanNote.substring(0, 200);
        }
        versions.save(new ArticleVersion(
                article.tenantId(),
                article.id(),
                article.currentVersion(),
                json.writeValueAsString(content),
                actor.userId(),
                cleanNote,
                now));
    }

    private ArticleDraft content(ArticleVersion version) {
        return json.readValue(version.content(), ArticleDraft.class);
    }

    private Article existing(long id) {
        return articles.findById(id).orElseThrow(() -> KnowledgeRefusedException.notFound(id));
    }

    private <T> T inScope(Actor actor, Supplier<T> work) {
        return TenantScope.of(actor, () -> transactions.execute(status -> work.get()));
    }

    /** Refuses ({@code FORBIDDEN}) an actor with none of the {@code allowed} roles. */
    public static void check(Actor actor, Set<Role> allowed) {
        if (allowed.stream().noneMatch(actor::has)) {
            throw new KnowledgeRefusedException(
                    DomainException.Kind.FORBIDDEN,
                    "error.kb.forbidden",
                    "Only the desk reads the knowledge base, and knowledge editors, supervisors and tenant admins edit it.");
        }
    }
}
