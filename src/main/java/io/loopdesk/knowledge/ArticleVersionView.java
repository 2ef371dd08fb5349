package io.loopdesk.knowledge;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One saved state of an article, numbered from 1, with who saved it and their note. */
public record ArticleVersionView(
        int number,
        ArticleDraft content,
        @Nullable Long authorId,
        @Nullable String note,
        Instant savedAt) {}
