package io.loopdesk.intake.mail;

import io.loopdesk.intake.mail.mime.ParsedMail;

/**
 * Who, or what, wrote a message, as far as its headers and structure tell. The channel answers only
 * {@link #REGULAR} mail automatically: answering the others starts mail loops or writes to nobody.
 */
public enum MailKind {
    /** A person writing. */
    REGULAR,
    /**
     * Written by a program on someone's behalf: vacation replies, read receipts, notifications
     * ({@code Auto-Submitted} other than {@code no}, {@code X-Autoreply}, {@code X-Autorespond},
     * {@code Precedence: auto_reply}).
     */
    AUTO_REPLY,
    /**
     * A delivery failure report about a message we sent: {@code multipart/report; report-type=delivery-status}, a
     * mailer-daemon or postmaster sender, or a null {@code Return-Path: <>} without auto-reply headers. See
     * {@link ParsedMail#bouncedMessageId()}.
     */
    BOUNCE,
    /**
     * An abuse or feedback report (ARF, RFC 5965: {@code multipart/report; report-type=feedback-report}) about a
     * message, usually one we sent, that its recipient's provider counts as spam or abuse. A report like a bounce,
     * never a ticket, but nothing failed to arrive. See {@link ParsedMail#bouncedMessageId()}.
     */
    ABUSE_REPORT,
    /** Mailing-list or bulk mail: {@code List-Id}, {@code List-Unsubscribe}, {@code Precedence: bulk|junk|list}. */
    BULK
}
