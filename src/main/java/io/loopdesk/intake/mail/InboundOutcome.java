package io.loopdesk.intake.mail;

/** What became of a mail read from a mailbox. */
public enum InboundOutcome {
    /** A new ticket. */
    OPENED,
    /** A message on an existing ticket. */
    APPENDED,
    /** An auto-reply, a mailing-list or bulk mail: kept, nothing created, nobody answered. */
    IGNORED,
    /** A delivery failure, noted on the ticket whose reply bounced. */
    BOUNCE,
    /** Read before (same Message-ID, or same content without one): nothing done again; points at the first. */
    DUPLICATE,
    /** Unreadable, or handling it failed: kept with the reason for an admin. */
    REJECTED
}
