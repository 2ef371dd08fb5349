package io.loopdesk.intake.mail;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A mailbox and how reading it goes, for the status page; never its passwords. {@code idleSupported}: whether new
 * mail is pushed (IMAP IDLE) rather than only polled; null until tried.
 */
public record MailboxView(
        long id,
        long tenantId,
        String name,
        String address,
        MailProtocol protocol,
        String host,
        int port,
        String username,
        String folder,
        String smtpHost,
        int smtpPort,
        SmtpSecurity smtpSecurity,
        @Nullable String smtpUsername,
        boolean enabled,
        MailboxStatus status,
        @Nullable String lastError,
        @Nullable Instant lastPolledAt,
        @Nullable Instant lastSuccessAt,
        @Nullable Instant failingSince,
        @Nullable Boolean idleSupported) {}
