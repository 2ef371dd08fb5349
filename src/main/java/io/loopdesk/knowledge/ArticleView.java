package io.loopdesk.knowledge;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An article as editors and readers see it; {@code body} is cleaned HTML, safe to show as it is. */
public record ArticleView(
        long id,
        ArticleKind kind,
        String title,
        String body,
        @Nullable String videoUrl,
        @Nullable String category,
        @Nullable String product,
        String language,
        List<String> tags,
        ArticleStatus status,
        @Nullable Long ownerId,
        int version,
        @Nullable Instant publishedAt,
        @Nullable Instant reviewDueAt,
        Instant createdAt,
        Instant updatedAt) {

    /** Whether the article is published and its review is due by {@code now}. */
    public boolean reviewOverdue(Instant now) {
        return status == ArticleStatus.PUBLISHED && reviewDueAt != null && !reviewDueAt.isAfter(now);
    }

    /** The body's first words, for lists and search results. */
    public String summary() {
        String text = ArticleBody.text(body);
        return text.length() <= 160 ? text : text.substring(0, 160) + "…";
    }
}
