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
    /** Unreadable: kept for an admin. */
    REJECTED
}
