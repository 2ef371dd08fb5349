package io.loopdesk.knowledge;

/** Why an article did not help its reader. */
public enum NotHelpfulReason {
    /** It is about something else than their problem. */
    NOT_SOLVED,
    /** They could not follow it. */
    UNCLEAR,
    /** What it says is no longer true. */
    OUTDATED,
    /** Something else; the comment says what. */
    OTHER
}
