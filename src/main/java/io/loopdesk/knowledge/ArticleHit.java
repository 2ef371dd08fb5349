package io.loopdesk.knowledge;

import org.jspecify.annotations.Nullable;

/**
 * An article found by a search, best first. {@code titleHtml} and {@code snippetHtml} are HTML-escaped text with the
 * matched words in {@code <mark>}: safe to show unescaped.
 */
public record ArticleHit(
        long id,
        String title,
        String titleHtml,
        String snippetHtml,
        ArticleKind kind,
        @Nullable String category) {}
