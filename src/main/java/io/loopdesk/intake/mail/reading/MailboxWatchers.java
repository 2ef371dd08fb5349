package io.loopdesk.intake.mail.reading;

import io.loopdesk.intake.mail.CredentialCipher;
import io.loopdesk.intake.mail.MailProperties;
import io.loopdesk.intake.mail.Mailbox;
import io.loopdesk.intake.mail.MailboxHealth;
import io.loopdesk.intake.mail.MailboxRepository;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.shared.jdbc.ClusterSignals;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Shares out the IMAP IDLE connections among the nodes: each IMAP mailbox is watched by one node at a time, under
 * a lease the watching node renews at every check. A node that stops renewing (it crashed) loses its mailboxes to
 * the others within a few checks. Polling goes on regardless, so mail is never left unread when nobody watches.
 */
@Component
public class MailboxWatchers {

    private final String node = "node-" + UUID.randomUUID();
    private static final Logger log = LoggerFactory.getLogger(MailboxWatchers.class);

    private final Map<Long, IdleWatcher> running = new ConcurrentHashMap<>();
    private final AtomicBoolean checking = new AtomicBoolean();
    private final MailboxRepository mailboxes;
    private final MailboxHealth health;
    private final MailPolling polling;
    private final CredentialCipher cipher;
    private final MailProperties properties;
    private final TransactionTemplate transactions;
    private final Clock clock;

    MailboxWatchers(
            MailboxRepository mailboxes,
            MailboxHealth health,
            MailPolling polling,
            CredentialCipher cipher,
            MailProperties properties,
            ClusterSignals signals,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        signals.subscribe(MailboxWatchTimer.CHECK_WATCHERS, payload -> checkInBackground());
        this.mailboxes = mailboxes;
        this.health = health;
        this.polling = polling;
        this.cipher = cipher;
        this.properties = properties;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Takes or renews the lease of every enabled IMAP mailbox whose server may offer IDLE, starts a watcher for each
     * one leased and stops the others; refreshes the IDLE of running watchers (servers drop an IDLE after 30
     * minutes, and a refresh also finds a dead connection). Every node does so when {@link MailboxWatchTimer}
     * signals, on a thread of its own: a slow IMAP server must not hold up the signals that follow.
     */
    public void check() {
        if (!properties.idle()) {
            return;
        }
        Duration lease = properties.watchInterval().multipliedBy(3);
        List<Mailbox> imap =
                TenantScope.asSystem(() -> transactions.execute(status -> mailboxes.findByEnabledTrue().stream()
                        .filter(m -> m.view().protocol().isImap())
                        .filter(m -> !Boolean.FALSE.equals(m.idleSupported()))
                        .toList()));
        List<Long> ids = imap.stream().map(Mailbox::id).toList();
        running.keySet().stream().filter(id -> !ids.contains(id)).toList().forEach(this::stop);
        for (Mailbox mailbox : imap) {
            boolean mine = TenantScope.asSystem(() ->
                    transactions.execute(status -> health.watchLease(mailbox.id(), node, clock.instant(), lease)));
            IdleWatcher watcher = running.get(mailbox.id());
            if (!mine) {
                stop(mailbox.id());
            } else if (watcher == null || !watcher.isAlive()) {
                start(mailbox);
            } else {
                watcher.refresh();
            }
        }
    }

    private void checkInBackground() {
        if (checking.compareAndSet(false, true)) {
            Thread.ofVirtual().name("mail-watchers-check").start(() -> {
                try {
                    check();
                } catch (RuntimeException e) {
                    log.warn("Checking the IDLE watchers failed; the next check tries again", e);
                } finally {
                    checking.set(false);
                }
            });
        }
    }

    /** Whether this node keeps an IDLE connection open on the mailbox now. */
    public boolean watching(long mailboxId) {
        IdleWatcher watcher = running.get(mailboxId);
        return watcher != null && watcher.isAlive();
    }

    private void start(Mailbox mailbox) {
        long id = mailbox.id();
        IdleWatcher watcher = new IdleWatcher(
                mailbox.view(),
                cipher.decrypt(mailbox.secret()),
                () -> polling.poll(id),
                supported -> TenantScope.asSystem(
                        () -> transactions.executeWithoutResult(status -> health.idleSupported(id, supported))));
        IdleWatcher previous = running.put(id, watcher);
        if (previous != null) {
            previous.stop();
        }
        watcher.start();
    }

    private void stop(long mailboxId) {
        IdleWatcher watcher = running.remove(mailboxId);
        if (watcher != null) {
            watcher.stop();
            TenantScope.asSystem(
                    () -> transactions.executeWithoutResult(status -> health.releaseWatch(mailboxId, node)));
        }
    }

    public @PreDestroy void stopAll() {
        List.copyOf(running.keySet()).forEach(this::stop);
    }
}
