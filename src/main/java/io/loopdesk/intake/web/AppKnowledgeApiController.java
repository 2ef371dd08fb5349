package io.loopdesk.intake.web;

import io.loopdesk.intake.feedback.AppIdentity;
import io.loopdesk.knowledge.ArticleHit;
import io.loopdesk.knowledge.ArticleKind;
import io.loopdesk.knowledge.ArticleReactions;
import io.loopdesk.knowledge.ArticleSearch;
import io.loopdesk.knowledge.ArticleView;
import io.loopdesk.knowledge.Articles;
import io.loopdesk.knowledge.NotHelpfulReason;
import io.loopdesk.knowledge.ReactionChannel;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The brand's published articles for its app, with the app's key: a 常见问题 page listed or searched from here,
 * suggestions while the user writes feedback, and the user's "this solved it" and "was this helpful?". Served
 * behind the app-key door ({@link FeedbackSecurityConfiguration}); drafts, archived articles and other tenants'
 * answer 404.
 */
@RestController
@Tag(name = "App knowledge base", description = "The brand's published articles, read with the app's key")
class AppKnowledgeApiController {

    private static final int MAX_LIMIT = 100;

    private final Articles articles;
    private final ArticleSearch search;
    private final ArticleReactions reactions;

    AppKnowledgeApiController(Articles articles, ArticleSearch search, ArticleReactions reactions) {
        this.articles = articles;
        this.search = search;
        this.reactions = reactions;
    }

    /** An article in a list: what a 常见问题 page shows before it is opened. */
    record Listed(
            long id,
            String title,
            ArticleKind kind,
            @Nullable String category,
            String summary) {}

    /** A search result; {@code titleHtml} and {@code snippetHtml} are escaped HTML with the matches in mark. */
    record Found(
            long id,
            String title,
            String titleHtml,
            String snippetHtml,
            ArticleKind kind,
            @Nullable String category) {

        static Found of(ArticleHit hit) {
            return new Found(hit.id(), hit.title(), hit.titleHtml(), hit.snippetHtml(), hit.kind(), hit.category());
        }
    }

    /** A whole article; {@code bodyHtml} is sanitised rich text. */
    record Article(
            long id,
            String title,
            ArticleKind kind,
            @Nullable String category,
            @Nullable String product,
            String language,
            List<String> tags,
            String bodyHtml,
            @Nullable String videoUrl,
            Instant updatedAt) {

        static Article of(ArticleView view) {
            return new Article(
                    view.id(),
                    view.title(),
                    view.kind(),
                    view.category(),
                    view.product(),
                    view.language(),
                    view.tags(),
                    view.body(),
                    view.videoUrl(),
                    view.updatedAt());
        }
    }

    /** "Was this helpful?": yes, or no with a reason and an optional comment. */
    record Helpful(
            boolean helpful,
            @Nullable NotHelpfulReason reason,
            @Nullable String comment) {}

    @GetMapping("/api/v1/kb/articles")
    @Operation(summary = "The published articles by category and title, or with q the best matches first")
    List<?> articles(
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(defaultValue = "50") int limit,
            @RequestAttribute(AppKeyFilter.APP) AppIdentity app) {
        int size = Math.clamp(limit, 1, MAX_LIMIT);
        if (q != null) {
            return search.published(app.tenantId(), q, language, size).stream()
                    .map(Found::of)
                    .toList();
        }
        return articles.published(app.tenantId()).stream()
                .filter(article -> language == null || article.language().equals(language))
                .limit(size)
                .map(article -> new Listed(
                        article.id(), article.title(), article.kind(), article.category(), article.summary()))
                .toList();
    }

    @GetMapping("/api/v1/kb/articles/{id}")
    @Operation(summary = "One published article")
    Article article(@PathVariable long id, @RequestAttribute(AppKeyFilter.APP) AppIdentity app) {
        return articles.published(app.tenantId(), id)
                .map(Article::of)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No article " + id + "."));
    }

    @GetMapping("/api/v1/kb/suggestions")
    @Operation(summary = "Articles that may answer what the user is writing (at most 5), for deflection")
    List<Found> suggestions(
            @RequestParam String text,
            @RequestParam(required = false) @Nullable String language,
            @RequestAttribute(AppKeyFilter.APP) AppIdentity app) {
        return search.suggestions(app.tenantId(), text, language, 5).stream()
                .map(Found::of)
                .toList();
    }

    @PostMapping("/api/v1/kb/articles/{id}/solved")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The article solved the user's problem: the feedback was not sent (a deflection, counted)")
    void solved(@PathVariable long id, @RequestAttribute(AppKeyFilter.APP) AppIdentity app) {
        reactions.solved(app.tenantId(), id, ReactionChannel.APP);
    }

    @PostMapping("/api/v1/kb/articles/{id}/helpful")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Whether the article helped; a no needs a reason")
    void helpful(
            @PathVariable long id, @RequestBody Helpful answer, @RequestAttribute(AppKeyFilter.APP) AppIdentity app) {
        reactions.helpful(app.tenantId(), id, answer.helpful(), answer.reason(), answer.comment(), ReactionChannel.APP);
    }
}
