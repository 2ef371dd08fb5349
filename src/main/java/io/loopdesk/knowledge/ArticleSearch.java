package io.loopdesk.knowledge;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.mapper.orm.Search;
import org.jsoup.nodes.Entities;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * Finds a tenant's articles by what they say, best first: a word in the title counts three times one in the text,
 * tags twice. Any text is a valid query; it is matched as words, never parsed for operators, so {@code "AND (}
 * finds what its words find, and a query of punctuation alone finds nothing.
 */
@Service
public class ArticleSearch {

    /** The longest query a person may type; a longer one is refused (400) rather than cut where the reader can't see. */
    public static final int MAX_QUERY = 200;

    /** How much of a longer text (feedback being written) is used to suggest articles. */
    static final int SUGGESTION_TEXT = 300;

    private static final int SNIPPET = 160;

    private final EntityManager entityManager;
    private final TransactionTemplate transactions;

    ArticleSearch(EntityManager entityManager, PlatformTransactionManager transactionManager) {
        this.entityManager = entityManager;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
    }

    /**
     * The tenant's published articles matching {@code query}, best first; in {@code language} (e.g. {@code zh-CN})
     * if given. What customers and apps see.
     */
    public List<ArticleHit> published(long tenantId, String query, @Nullable String language, int limit) {
        return TenantScope.inTenant(tenantId, () -> find(checked(query), ArticleStatus.PUBLISHED, language, limit));
    }

    /**
     * Published articles that may answer what a customer is writing ({@code text}: a title and a description), for
     * deflection; nothing if the text is too short to tell.
     */
    public List<ArticleHit> suggestions(long tenantId, String text, @Nullable String language, int limit) {
        String stripped = text.strip();
        if (stripped.codePointCount(0, stripped.length()) < 2) {
            return List.of();
        }
        String head = stripped.length() > SUGGESTION_TEXT ? stripped.substring(0, SUGGESTION_TEXT) : stripped;
        return TenantScope.inTenant(tenantId, () -> find(head, ArticleStatus.PUBLISHED, language, limit));
    }

    /** The desk's articles of any status (or of {@code status}) matching {@code query}, best first. */
    List<ArticleHit> any(String query, @Nullable ArticleStatus status, int limit) {
        return find(checked(query), status, null, limit);
    }

    private List<ArticleHit> find(String query, @Nullable ArticleStatus status, @Nullable String language, int limit) {
        if (!StringUtils.hasText(query)) {
            return List.of();
        }
        return transactions.execute(tx -> Search.session(entityManager)
                .search(Article.class)
                .select(f -> f.composite()
                        .from(
                                f.id(Long.class),
                                f.field("title", String.class),
                                f.highlight("title").single(),
                                f.highlight("text").single(),
                                f.field("kind", ArticleKind.class),
                                f.field("category", String.class))
                        .asList(values -> hit(values)))
                .where((f, root) -> {
                    root.add(f.match()
                            .field("title")
                            .boost(3f)
                            .field("tags")
                            .boost(2f)
                            .field("text")
                            .matching(query));
                    if (status != null) {
                        root.add(f.match().field("status").matching(status));
                    }
                    if (language != null) {
                        root.add(f.match().field("language").matching(language));
                    }
                })
                .highlighter(h -> h.plain()
                        .tag("<mark>", "</mark>")
                        .encoder(HighlighterEncoder.HTML)
                        .fragmentSize(SNIPPET)
                        .numberOfFragments(1)
                        .noMatchSize(SNIPPET))
                .fetchHits(limit));
    }

    private static ArticleHit hit(List<?> values) {
        String title = (String) values.get(1);
        String titleHtml = (String) values.get(2);
        String snippet = (String) values.get(3);
        return new ArticleHit(
                (Long) values.get(0),
                title,
                titleHtml == null ? Entities.escape(title) : joined(titleHtml),
                snippet == null ? "" : joined(snippet),
                (ArticleKind) values.get(4),
                (String) values.get(5));
    }

    /** One mark over a word smartcn split in two (开锁 → 开, 锁) rather than two marks side by side. */
    private static String joined(String highlighted) {
        return highlighted.replace("</mark><mark>", "");
    }

    private static String checked(String query) {
        String stripped = query.strip();
        if (stripped.length() > MAX_QUERY) {
            throw new KnowledgeRefusedException(
                    DomainException.Kind.INVALID,
                    "error.kb.search.tooLong",
                    "A search is at most " + MAX_QUERY + " characters long.",
                    MAX_QUERY);
        }
        return stripped;
    }
}
