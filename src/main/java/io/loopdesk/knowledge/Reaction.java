package io.loopdesk.knowledge;

/** What a reader said of an article. */
public enum Reaction {
    /** It answered what they were about to write, so they did not write it: a ticket deflected. */
    SOLVED,
    /** "Was this helpful?" — yes. */
    HELPFUL,
    /** "Was this helpful?" — no, with a {@link NotHelpfulReason}. */
    NOT_HELPFUL
}
