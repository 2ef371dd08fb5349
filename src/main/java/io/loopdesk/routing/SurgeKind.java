package io.loopdesk.routing;

/** What a surge is counted on. */
public enum SurgeKind {
    /** A category: a top-level one with everything below it, or one subcategory (the key is its code). */
    CATEGORY,
    /** A product, as tickets name it (the key is its name). */
    PRODUCT
}
