package io.loopdesk.intake.mail;

/**
 * Why a mail became no ticket or message, as the mailbox page names it in the reader's language
 * ({@code mail.reason.*}); the record's detail says the rest (an error, the Message-ID seen before).
 */
public enum InboundReason {
    /** A vacation reply, read receipt or other mail a program wrote on someone's behalf. */
    AUTO_REPLY,
    /** Mailing-list or bulk mail. */
    BULK,
    /** An abuse or feedback report (ARF) about a mail: never a ticket. */
    ABUSE_REPORT,
    /** A delivery failure report for a mail we did not send (or no longer know). */
    UNKNOWN_BOUNCE,
    /** Sent from one of the tenant's own support mailboxes: answering it would loop. */
    OWN_MAILBOX,
    /** The same mail (same Message-ID, or same content without one) was read before. */
    DUPLICATE,
    /** No bytes, or only white space. */
    EMPTY,
    /** Not a mail at all: no header fields. */
    NOT_A_MESSAGE,
    /** No address to answer. */
    NO_SENDER,
    /** Cut off in the middle of its content. */
    TRUNCATED,
    /** A MIME structure that cannot be read. */
    MALFORMED,
    /** Handling it failed unexpectedly; the detail has the error, the original is kept. */
    FAILED;

    static InboundReason of(MailRejectedException.Reason rejected) {
        return switch (rejected) {
            case EMPTY -> EMPTY;
            case NOT_A_MESSAGE -> NOT_A_MESSAGE;
            case NO_SENDER -> NO_SENDER;
            case TRUNCATED -> TRUNCATED;
            case MALFORMED -> MALFORMED;
        };
    }
}
