package io.loopdesk.intake.mail;

/**
 * The bytes are not a message that can be read: the caller keeps them, unprocessed, for an administrator. A
 * checked exception because rejection is an expected outcome of reading mail from the outside world, which the
 * channel must handle rather than crash on.
 */
public class MailRejectedException extends Exception {

    /** Why a message was rejected. */
    public enum Reason {
        /** No bytes, or only white space. */
        EMPTY,
        /** Nothing at the start looks like a header field: not a message at all. */
        NOT_A_MESSAGE,
        /** No usable From, Sender, Reply-To or Return-Path address: there is nobody to answer. */
        NO_SENDER,
        /**
         * The message stops in the middle of its content: a base64 part cut within a group of four characters, or
         * a multipart whose boundary opens no part, with no closing boundary. A missing closing boundary alone is
         * common in mail that is complete (8 of the 106 Zammad corpus messages) and is accepted.
         */
        TRUNCATED,
        /** The MIME structure cannot be read, e.g. a multipart whose boundary never occurs. */
        MALFORMED
    }

    private final Reason reason;

    public MailRejectedException(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public MailRejectedException(Reason reason, String detail, Throwable cause) {
        super(reason + ": " + detail, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
