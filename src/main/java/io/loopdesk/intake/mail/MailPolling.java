package io.loopdesk.intake.mail;

import io.loopdesk.shared.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads every enabled support mailbox in turn. A node reads a mailbox only under its lease, so several nodes share
 * the work without reading the same mail twice at the same time. A mailbox that cannot be read is marked failing
 * with the reason; after {@code loopdesk.mail.alert-after} its tenant's admins are alerted ({@link MailboxFailing}).
 */
@Component
class MailPolling {

    private static final Logger log = LoggerFactory.getLogger(MailPolling.class);
    private static final Duration LEASE = Duration.ofMinutes(5);

    private final String node = "node-" + UUID.randomUUID();
    private final MailboxRepository mailboxes;
    private final MailboxHealth health;
    private final MailboxReader reader;
    private final MailIntake intake;
    private final CredentialCipher cipher;
    private final ApplicationEventPublisher events;
    private final MailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailPolling(
            MailboxRepository mailboxes,
            MailboxHealth health,
            MailboxReader reader,
            MailIntake intake,
            CredentialCipher cipher,
            ApplicationEventPublisher events,
            MailProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.mailboxes = mailboxes;
        this.health = health;
        this.reader = reader;
        this.intake = intake;
        this.cipher = cipher;
        this.events = events;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${loopdesk.mail.poll-interval:PT1M}",
            initialDelayString = "${loopdesk.mail.poll-interval:PT1M}")
    void pollAll() {
        List<Long> enabled = TenantScope.asSystem(() -> transactions.execute(status ->
                mailboxes.findByEnabledTrue().stream().map(Mailbox::id).toList()));
        enabled.forEach(this::poll);
        alert();
    }

    /** Reads one mailbox now if no other node is reading it; returns how many mails were handled. */
    int poll(long mailboxId) {
        if (!TenantScope.asSystem(
                () -> transactions.execute(status -> health.lease(mailboxId, node, clock.instant(), LEASE)))) {
            return 0;
        }
        try {
            Mailbox mailbox = TenantScope.asSystem(() ->
                    transactions.execute(status -> mailboxes.findById(mailboxId).orElseThrow()));
            MailboxView view = mailbox.view();
            MailboxReader.Reading reading = reader.read(view, cipher.decrypt(mailbox.secret()), raw -> {
                intake.accept(view, raw);
                return true;
            });
            TenantScope.asSystem(
                    () -> transactions.executeWithoutResult(status -> health.succeeded(mailboxId, clock.instant())));
            return reading.handled();
        } catch (Exception e) {
            String error = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.warn("Mailbox {} cannot be read: {}", mailboxId, error);
            TenantScope.asSystem(() ->
                    transactions.executeWithoutResult(status -> health.failed(mailboxId, error, clock.instant())));
            return 0;
        } finally {
            TenantScope.asSystem(() -> transactions.executeWithoutResult(status -> health.release(mailboxId, node)));
        }
    }

    void alert() {
        Instant now = clock.instant();
        TenantScope.asSystem(() ->
                transactions.executeWithoutResult(status -> health.takeAlerts(now, properties.alertAfter())
                        .forEach(a -> events.publishEvent(new MailboxFailing(
                                a.mailboxId(), a.tenantId(), a.name(), a.address(), a.error(), a.since())))));
    }
}
