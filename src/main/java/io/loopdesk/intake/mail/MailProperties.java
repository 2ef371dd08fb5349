package io.loopdesk.intake.mail;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code loopdesk.mail.*}: the e-mail channel. Replies go out through the notification outbox, with its retries
 * ({@code loopdesk.notification.*}).
 *
 * @param pollInterval how often each mailbox is read when IMAP IDLE is not available
 * @param maxMessagesPerPoll how many messages one read takes at most (the rest follow at the next)
 * @param alertAfter how long a mailbox may fail before its tenant's admins are alerted
 * @param credentialKey base64 AES key for mailbox passwords; the same on every node
 * @param deleteAfterReading whether read messages are deleted (or only flagged seen) on IMAP servers
 * @param idle whether IMAP mailboxes are watched with IDLE, so new mail is read within seconds (polling goes on as
 *     the safety net)
 * @param watchInterval how often nodes share out the IDLE connections and refresh them
 * @param readLease how long a reading holds a mailbox without renewing; renewed while reading, so it bounds how
 *     long a node that died mid-reading keeps the mailbox from the others
 */
@ConfigurationProperties("loopdesk.mail")
public record MailProperties(
        @DefaultValue("PT1M") Duration pollInterval,
        @DefaultValue("500") int maxMessagesPerPoll,
        @DefaultValue("PT5M") Duration alertAfter,
        @Nullable String credentialKey,
        @DefaultValue("false") boolean deleteAfterReading,
        @DefaultValue("true") boolean idle,
        @DefaultValue("PT1M") Duration watchInterval,
        @DefaultValue("PT40S") Duration readLease) {}
