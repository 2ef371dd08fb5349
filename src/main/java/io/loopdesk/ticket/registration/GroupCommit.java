package io.loopdesk.ticket.registration;

import io.loopdesk.shared.TenantMember;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.ticket.TicketProperties;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commits the tickets being registered at the same moment together, in one transaction: group commit. Under load
 * most of what a registration costs the database is per statement and per commit, not per row (on two cores one
 * ticket alone costs PostgreSQL about three times what it costs as one of eight sent together, see
 * {@code bench/ticket-rows.sh}), so the registrations waiting while a transaction commits are taken into the next
 * one, and Hibernate sends each table's rows of all of them as one batch. Nobody waits for a batch to fill: a
 * registration arriving at a quiet moment commits alone, at once.
 *
 * <p>Every caller still gets its own answer only after the commit, so nothing is acknowledged that is not stored.
 * When a batch is rolled back (a registration in it failed, or its commit did), each registration in it runs again
 * in a transaction of its own: the failing one gets its own error, the others are stored as if they had come alone.
 * When the commit's outcome is unknown (the connection broke during it) every caller gets the error, since running
 * again could store a ticket twice. Registrations of different tenant scopes never share a transaction.
 *
 * <p>Work started inside a transaction joins that transaction (web forms with files, mail, imports). When batching is
 * off ({@code loopdesk.ticket.group-commit.max-tickets=1}) or the node is stopping, each registration commits alone
 * in its own transaction on the caller's thread.
 */
@Component
public final class GroupCommit implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GroupCommit.class);

    /** {@link #commit}'s outcome before the transaction began. */
    private static final int NOT_BEGUN = -1;

    private final TransactionTemplate transactions;
    private final int maxTickets;
    private final int workers;
    private final Counter rollbacks;
    private final BlockingQueue<Pending<?>> waiting = new LinkedBlockingQueue<>();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    GroupCommit(PlatformTransactionManager transactionManager, TicketProperties properties, MeterRegistry meters) {
        TicketProperties.GroupCommit settings = properties.groupCommit();
        if (settings.maxTickets() < 1 || settings.workers() < 1) {
            throw new IllegalArgumentException(
                    "loopdesk.ticket.group-commit.max-tickets and .workers must be at least 1");
        }
        this.transactions = new TransactionTemplate(transactionManager);
        this.maxTickets = settings.maxTickets();
        this.workers = settings.workers();
        this.rollbacks = Counter.builder("loopdesk.tickets.group.commit.rollbacks")
                .description("Batches of registrations rolled back and run again one by one; zero in normal operation")
                .register(meters);
    }

    /** Runs {@code work} in a transaction in {@code member}'s tenant scope, possibly with others of that scope. */
    public <T> T run(TenantMember member, Supplier<T> work) {
        if (!running || maxTickets == 1 || TransactionSynchronizationManager.isActualTransactionActive()) {
            return alone(member, work);
        }
        Pending<T> pending = new Pending<>(member, work);
        waiting.add(pending);
        if (!running && waiting.remove(pending)) {
            // the node stopped in between and its workers may be gone; whoever took it otherwise completes it
            return alone(member, work);
        }
        try {
            return pending.result.join();
        } catch (CompletionException e) {
            throw rethrown(e.getCause());
        }
    }

    /** How many registrations are waiting for a transaction. */
    int waiting() {
        return waiting.size();
    }

    private <T> T alone(TenantMember member, Supplier<T> work) {
        return TenantScope.of(member, () -> transactions.execute(status -> work.get()));
    }

    private void work() {
        List<Pending<?>> taken = new ArrayList<>(maxTickets);
        while (running || !waiting.isEmpty()) {
            try {
                Pending<?> first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                taken.add(first);
                waiting.drainTo(taken, maxTickets - 1);
                for (List<Pending<?>> batch : byScope(taken)) {
                    commit(batch);
                }
            } catch (InterruptedException e) {
                // only a stop may end a worker, and the loop's condition sees that; anything else is ignored so
                // that no caller is left waiting
                log.debug("Group commit worker interrupted", e);
            } catch (RuntimeException | Error e) {
                // the callers must hear of it, whatever it was: none of them may wait for ever
                taken.forEach(p -> p.result.completeExceptionally(e));
                log.error("Group commit failed", e);
            } finally {
                taken.clear();
            }
        }
    }

    private static List<List<Pending<?>>> byScope(List<Pending<?>> taken) {
        Map<Long, List<Pending<?>>> batches = new LinkedHashMap<>();
        taken.forEach(
                p -> batches.computeIfAbsent(p.scope, s -> new ArrayList<>()).add(p));
        return List.copyOf(batches.values());
    }

    private void commit(List<Pending<?>> batch) {
        if (batch.size() == 1) {
            batch.getFirst().runAlone(this);
            return;
        }
        List<Object> results = new ArrayList<>(batch.size());
        AtomicInteger outcome = new AtomicInteger(NOT_BEGUN);
        Throwable failure = null;
        try {
            TenantScope.of(
                    batch.getFirst().member,
                    () -> transactions.execute(status -> {
                        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                            @Override
                            public void afterCompletion(int completed) {
                                outcome.set(completed);
                            }
                        });
                        batch.forEach(p -> results.add(p.work.get()));
                        return null;
                    }));
        } catch (RuntimeException | Error e) {
            failure = e;
        }
        switch (outcome.get()) {
            // stored, even if work after the commit failed: the callers get their tickets
            case TransactionSynchronization.STATUS_COMMITTED -> {
                if (failure != null) {
                    log.warn("Work after committing {} registrations failed", batch.size(), failure);
                }
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).complete(results.get(i));
                }
            }
            // nothing of it stored: each runs again, and the one at fault gets its own error
            case TransactionSynchronization.STATUS_ROLLED_BACK, NOT_BEGUN -> {
                // every batch that fails costs its tickets a second transaction each: in normal operation none
                // does, so each one is counted and its cause told
                rollbacks.increment();
                log.warn(
                        "A batch of {} registrations was rolled back; each runs again alone: {}",
                        batch.size(),
                        failure == null ? "its commit failed" : failure.toString());
                batch.forEach(p -> p.runAlone(this));
            }
            // the commit may or may not have happened (the connection broke): running again could store twice
            default -> {
                Throwable unknown =
                        failure != null ? failure : new IllegalStateException("Outcome of a commit unknown");
                batch.forEach(p -> p.result.completeExceptionally(unknown));
            }
        }
    }

    private static RuntimeException rethrown(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < workers; i++) {
            threads.add(Thread.ofPlatform()
                    .name("ticket-group-commit-" + i)
                    .daemon()
                    .start(this::work));
        }
    }

    /** Stops taking new work into batches; what is waiting is committed before the workers end. */
    @Override
    public void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        threads.clear();
        for (Pending<?> left; (left = waiting.poll()) != null; ) {
            left.runAlone(this);
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** One registration waiting for its transaction, and its caller waiting for the answer. */
    private static final class Pending<T> {

        final TenantMember member;
        final long scope;
        final Supplier<T> work;
        final CompletableFuture<T> result = new CompletableFuture<>();

        Pending(TenantMember member, Supplier<T> work) {
            this.member = member;
            this.scope = TenantScope.scopeOf(member);
            this.work = work;
        }

        @SuppressWarnings("unchecked")
        void complete(Object value) {
            result.complete((T) value);
        }

        void runAlone(GroupCommit commit) {
            try {
                result.complete(commit.alone(member, work));
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }
    }
}
