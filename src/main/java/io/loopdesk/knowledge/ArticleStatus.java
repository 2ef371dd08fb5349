package io.loopdesk.knowledge;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an article is in its life: written, checked, shown to customers, retired. Only a published article is seen
 * outside the desk.
 */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    ARCHIVED;

    /** The statuses an article may move to from this one. */
    public Set<ArticleStatus> next() {
        return switch (this) {
            case DRAFT -> EnumSet.of(IN_REVIEW, PUBLISHED, ARCHIVED);
            case IN_REVIEW -> EnumSet.of(DRAFT, PUBLISHED, ARCHIVED);
            case PUBLISHED -> EnumSet.of(DRAFT, ARCHIVED);
            case ARCHIVED -> EnumSet.of(DRAFT);
        };
    }
}
