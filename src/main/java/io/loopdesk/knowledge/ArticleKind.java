package io.loopdesk.knowledge;

/** What an article is for. */
public enum ArticleKind {
    /** A question customers ask, and its answer. */
    FAQ,
    /** Steps to find and fix a fault. */
    TROUBLESHOOTING,
    /** How a product is used. */
    MANUAL,
    /** What a word means here. */
    GLOSSARY,
    /** A video tutorial: a link to it, with what it shows. */
    VIDEO
}
