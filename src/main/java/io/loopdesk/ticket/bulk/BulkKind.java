package io.loopdesk.ticket.bulk;

/** What a bulk action does to each ticket. */
public enum BulkKind {
    /** Moves it to a status, where the lifecycle allows. */
    STATUS,
    /** Puts it on a person's desk and/or in a team's queue. */
    ASSIGN,
    /** Applies a macro: its reply, progress, status and take-it, all or nothing. */
    MACRO,
    /** Puts a tag on it. */
    TAG_ADD,
    /** Takes a tag off it. */
    TAG_REMOVE,
    /** Merges it into one ticket of the same customer (the one named is left as it is). */
    MERGE
}
