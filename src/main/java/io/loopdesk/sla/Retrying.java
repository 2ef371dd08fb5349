package io.loopdesk.sla;

import java.util.function.Supplier;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Runs a unit of SLA work again when it lost a race with another node or thread (the same ticket's SLA row created
 * twice, a lock or version conflict): each try is a fresh transaction that sees the winner's work.
 */
@Component
class Retrying {

    private static final int TRIES = 5;

    <T> T run(Supplier<T> work) {
        RuntimeException last = null;
        for (int attempt = 1; attempt <= TRIES; attempt++) {
            try {
                return work.get();
            } catch (ConcurrencyFailureException | DataIntegrityViolationException e) {
                last = e;
                pause(attempt);
            }
        }
        throw last;
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(20L * attempt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
