package io.loopdesk.knowledge;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.TenantId;
import org.jspecify.annotations.Nullable;

/** One saved state of an article: what it said, who wrote it, when, and why. Never changed once written. */
@Entity
@Table(name = "kb_article_version")
class ArticleVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_article_version_seq")
    @SequenceGenerator(name = "kb_article_version_seq", sequenceName = "kb_article_version_seq", allocationSize = 50)
    private Long id;

    @TenantId
    private Long tenantId;

    private long articleId;

    private int number;

    private String content;

    private @Nullable Long authorId;

    private @Nullable String note;

    private Instant createdAt;

    protected ArticleVersion() {}

    ArticleVersion(
            long tenantId,
            long articleId,
            int number,
            String content,
            @Nullable Long authorId,
            @Nullable String note,
            Instant now) {
        this.tenantId = tenantId;
        this.articleId = articleId;
        this.number = number;
        this.content = content;
        this.authorId = authorId;
        this.note = note;
        this.createdAt = now;
    }

    int number() {
        return number;
    }

    String content() {
        return content;
    }

    ArticleVersionView view(ArticleDraft draft) {
        return new ArticleVersionView(number, draft, authorId, note, createdAt);
    }
}
