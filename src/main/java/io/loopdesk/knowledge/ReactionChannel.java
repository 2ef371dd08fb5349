package io.loopdesk.knowledge;

/** Where the reader read the article. */
public enum ReactionChannel {
    HELP_CENTRE,
    /** While writing feedback in the customer portal. */
    PORTAL,
    /** In a brand's app, through the knowledge base API. */
    APP
}
