package io.loopdesk.intake.mail.reading;

import io.loopdesk.intake.mail.MailProperties;
import io.loopdesk.intake.mail.MailboxHealth;
import io.loopdesk.shared.TenantScope;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One reader per mailbox at a time, across nodes and within one: a reading holds a lease in the database under a
 * name of its own (not the node's, so this node's IDLE watcher and its poll exclude each other too). The lease is
 * short ({@code loopdesk.mail.read-lease}) and renewed while the reading goes on, so a long reading keeps it and a
 * node that dies mid-reading loses it within that time.
 */
@Component
public class ReadingLeases {

    private final String node = "node-" + UUID.randomUUID();
    private final MailboxHealth health;
    private final Duration length;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReadingLeases(
            MailboxHealth health,
            MailProperties properties,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.health = health;
        this.length = properties.readLease();
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** The mailbox's lease for one reading, or empty when someone else is reading it now. */
    public Optional<Lease> take(long mailboxId) {
        Lease lease = new Lease(mailboxId, node + "/" + UUID.randomUUID());
        return lease.renew() ? Optional.of(lease) : Optional.empty();
    }

    /** One reading's hold on a mailbox. */
    public final class Lease implements AutoCloseable {

        private final long mailboxId;
        private final String owner;
        private Instant renewed = Instant.MIN;

        private Lease(long mailboxId, String owner) {
            this.mailboxId = mailboxId;
            this.owner = owner;
        }

        /**
         * Whether the reading may go on: renews the lease once a third of it has passed. False when it lapsed and
         * another reader took the mailbox, which then reads on from where this one stops.
         */
        public boolean holdOn() {
            return clock.instant().isBefore(renewed.plus(length.dividedBy(3))) || renew();
        }

        private boolean renew() {
            Instant now = clock.instant();
            boolean held = TenantScope.asSystem(
                    () -> transactions.execute(status -> health.lease(mailboxId, owner, now, length)));
            if (held) {
                renewed = now;
            }
            return held;
        }

        @Override
        public void close() {
            TenantScope.asSystem(() -> transactions.executeWithoutResult(status -> health.release(mailboxId, owner)));
        }
    }
}
