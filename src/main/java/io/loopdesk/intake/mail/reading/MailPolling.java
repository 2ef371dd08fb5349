package io.loopdesk.intake.mail.reading;

import io.loopdesk.intake.mail.CredentialCipher;
import io.loopdesk.intake.mail.MailIntake;
import io.loopdesk.intake.mail.MailProperties;
import io.loopdesk.intake.mail.Mailbox;
import io.loopdesk.intake.mail.MailboxFailing;
import io.loopdesk.intake.mail.MailboxHealth;
import io.loopdesk.intake.mail.MailboxRepository;
import io.loopdesk.intake.mail.MailboxView;
import io.loopdesk.shared.TenantScope;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads every enabled support mailbox in turn. A mailbox is read only under a reading lease ({@link ReadingLeases}),
 * so several nodes, and the IDLE watcher beside the poll on one node, never read the same mailbox at the same time:
 * a reader that finds it being read skips this round, and nothing is marked failing for it. A mailbox that cannot
 * be read is marked failing with the reason; after {@code loopdesk.mail.alert-after} its tenant's admins are alerted
 * ({@link MailboxFailing}).
 */
@Component
public class MailPolling {

    private static final Logger log = LoggerFactory.getLogger(MailPolling.class);
    private final MailboxRepository mailboxes;
    private final ReadingLeases leases;
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
            ReadingLeases leases,
            MailboxHealth health,
            MailboxReader reader,
            MailIntake intake,
            CredentialCipher cipher,
            ApplicationEventPublisher events,
            MailProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.mailboxes = mailboxes;
        this.leases = leases;
        this.health = health;
        this.reader = reader;
        this.intake = intake;
        this.cipher = cipher;
        this.events = events;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Reads every enabled mailbox of every tenant once ({@link MailPollTimer}), then alerts on failing ones. */
    void pollAll() {
        List<Long> enabled = TenantScope.asSystem(() -> transactions.execute(status ->
                mailboxes.findByEnabledTrue().stream().map(Mailbox::id).toList()));
        enabled.forEach(this::poll);
        alert();
    }

    /** Reads one mailbox now unless another reader is at it; returns how many mails were handled. */
    public int poll(long mailboxId) {
        Optional<ReadingLeases.Lease> lease = leases.take(mailboxId);
        if (lease.isEmpty()) {
            return 0;
        }
        try {
            Mailbox mailbox = TenantScope.asSystem(() ->
                    transactions.execute(status -> mailboxes.findById(mailboxId).orElseThrow()));
            MailboxView view = mailbox.view();
            MailboxReader.Reading reading = reader.read(
                    view,
                    cipher.decrypt(mailbox.secret()),
                    raw -> {
                        intake.accept(view, raw);
                        return true;
                    },
                    lease.get()::holdOn);
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
            lease.get().close();
        }
    }

    public void alert() {
        Instant now = clock.instant();
        TenantScope.asSystem(() ->
                transactions.executeWithoutResult(status -> health.takeAlerts(now, properties.alertAfter())
                        .forEach(a -> events.publishEvent(new MailboxFailing(
                                a.mailboxId(), a.tenantId(), a.name(), a.address(), a.error(), a.since())))));
    }
}
