package io.loopdesk.intake.mail;

/** Whether a mailbox can be read. */
public enum MailboxStatus {
    /** Not read yet. */
    NEW,
    OK,
    /** The last attempts failed: wrong password, expired token, unreachable server… */
    FAILING,
    DISABLED
}
