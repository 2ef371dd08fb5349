package io.loopdesk.knowledge;

import io.loopdesk.shared.Phrase;
import io.loopdesk.shared.search.SearchAnalysis;
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
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.jspecify.annotations.Nullable;

/**
 * An article as it is now; every state it had is an {@link ArticleVersion}. Indexed for search ({@link ArticleSearch})
 * by its title, text, tags, kind, status, category, product and language.
 */
@Entity
@Table(name = "kb_article")
@Indexed(index = "kb_article")
class Article {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_article_seq")
    @SequenceGenerator(name = "kb_article_seq", sequenceName = "kb_article_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    @Enumerated(EnumType.STRING)
    @KeywordField(projectable = Projectable.YES)
    private ArticleKind kind;

    @FullTextField(
            analyzer = SearchAnalysis.TEXT,
            projectable = Projectable.YES,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    private String title;

    private String body;

    private @Nullable String videoUrl;

    @KeywordField(projectable = Projectable.YES)
    private @Nullable String category;

    @KeywordField
    private @Nullable String product;

    @KeywordField
    private String language;

    @FullTextField(analyzer = SearchAnalysis.TEXT)
    private @Nullable String tags;

    @Enumerated(EnumType.STRING)
    @KeywordField
    private ArticleStatus status;

    private @Nullable Long ownerId;

    private int currentVersion;

    private @Nullable Instant publishedAt;

    private @Nullable Instant reviewDueAt;

    private @Nullable Instant reviewToldAt;

    private Instant createdAt;

    @GenericField(sortable = Sortable.YES)
    private Instant updatedAt;

    @Version
    private int version;

    protected Article() {}

    Article(long tenantId, ArticleDraft draft, @Nullable Long ownerId, Instant now) {
        this.tenantId = tenantId;
        this.status = ArticleStatus.DRAFT;
        this.ownerId = ownerId;
        this.createdAt = now;
        take(draft, now);
    }

    /** Takes the draft's content as the next version's. */
    void take(ArticleDraft draft, Instant now) {
        this.kind = draft.kind();
        this.title = draft.title();
        this.body = draft.body();
        this.videoUrl = draft.videoUrl();
        this.category = draft.category();
        this.product = draft.product();
        this.language = draft.language();
        this.tags = draft.tags().isEmpty() ? null : String.join(",", draft.tags());
        this.currentVersion++;
        this.updatedAt = now;
    }

    void move(ArticleStatus to, Instant now) {
        if (!status.next().contains(to)) {
            throw new KnowledgeRefusedException(
                    KnowledgeRefusedException.Kind.CONFLICT,
                    "error.kb.article.status",
                    "An article that is " + status + " cannot become " + to + ".",
                    Phrase.of("kb.status." + status.name()),
                    Phrase.of("kb.status." + to.name()));
        }
        status = to;
        if (to == ArticleStatus.PUBLISHED) {
            publishedAt = now;
        } else {
            // only what customers read is reviewed
            reviewDueAt = null;
            reviewToldAt = null;
        }
        updatedAt = now;
    }

    /** The article is to be checked again by {@code due}; its editors have not been told of it yet. */
    void reviewBy(Instant due) {
        reviewDueAt = due;
        reviewToldAt = null;
    }

    /** Its editors were told the review is overdue. */
    void reviewTold(Instant now) {
        reviewToldAt = now;
    }

    long id() {
        return id;
    }

    /** What the body says, without its markup: what search matches and highlights. */
    @FullTextField(
            name = "text",
            analyzer = SearchAnalysis.TEXT,
            projectable = Projectable.YES,
            highlightable = {Highlightable.PLAIN, Highlightable.UNIFIED})
    @IndexingDependency(
            derivedFrom = @ObjectPath(@PropertyValue(propertyName = "body")),
            reindexOnUpdate = ReindexOnUpdate.DEFAULT)
    String getText() {
        return ArticleBody.text(body);
    }

    long tenantId() {
        return tenantId;
    }

    int currentVersion() {
        return currentVersion;
    }

    ArticleStatus status() {
        return status;
    }

    ArticleDraft draft() {
        return new ArticleDraft(kind, title, body, videoUrl, category, product, language, ArticleDraft.tags(tags));
    }

    ArticleView view() {
        return new ArticleView(
                id,
                kind,
                title,
                body,
                videoUrl,
                category,
                product,
                language,
                ArticleDraft.tags(tags),
                status,
                ownerId,
                currentVersion,
                publishedAt,
                reviewDueAt,
                createdAt,
                updatedAt);
    }
}
