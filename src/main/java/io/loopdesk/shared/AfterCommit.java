package io.loopdesk.shared;

import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs work once the current transaction commits, on the background executor, without recording it anywhere. For
 * work that only makes something happen sooner, which something else does anyway if a node dies before running it
 * (a periodic sweep, the next event): an event publication would cost a stored row and two more transactions.
 * Work that must not be lost goes through an {@link AsyncReaction} instead.
 */
@Component
public class AfterCommit {

    private static final Logger log = LoggerFactory.getLogger(AfterCommit.class);

    private final TaskExecutor executor;
    private final AtomicInteger inFlight = new AtomicInteger();

    AfterCommit(@Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.executor = executor;
    }

    /** Runs {@code work} after the current transaction commits (at once if there is none); nothing if it rolls back. */
    public void run(Runnable work) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            submit(work);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                submit(work);
            }
        });
    }

    /**
     * Runs {@code cheap} on this thread right after the current transaction commits (at once if there is none),
     * nothing if it rolls back: for counting what was committed (a metric), never for work that can fail or wait.
     */
    public static void inline(Runnable cheap) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            cheap.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                cheap.run();
            }
        });
    }

    /** How many such tasks are waiting or running on this node. */
    public int inFlight() {
        return inFlight.get();
    }

    private void submit(Runnable work) {
        inFlight.incrementAndGet();
        try {
            executor.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    log.warn("Work after commit failed; what it would have done happens on the next sweep", e);
                } finally {
                    inFlight.decrementAndGet();
                }
            });
        } catch (RuntimeException rejected) {
            // the transaction has committed: its caller must not fail now, and a sweep does this work later
            inFlight.decrementAndGet();
            log.warn("Work after commit not started; what it would have done happens on the next sweep", rejected);
        }
    }
}
