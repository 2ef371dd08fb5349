package io.loopdesk.intake.mail;

import java.time.Instant;

/** A support mailbox cannot be read (wrong password, expired token, unreachable server): its admins must act. */
public record MailboxFailing(long mailboxId, long tenantId, String name, String address, String error, Instant since) {}
