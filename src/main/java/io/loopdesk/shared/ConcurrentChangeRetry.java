package io.loopdesk.shared;

import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;

/**
 * Automatic work (routing, SLA timers and clocks) retries when a person changed the same ticket at the same moment,
 * another node inserted the same row first, or a lock was lost: the other change wins, and the machine's is redone
 * on top of it, each try a fresh transaction that sees the winner's work. People's own requests are not retried;
 * they get a clear "someone else changed this" instead.
 */
public final class ConcurrentChangeRetry {

    private static final RetryTemplate RETRY = new RetryTemplate(RetryPolicy.builder()
            .includes(ConcurrencyFailureException.class, DuplicateKeyException.class)
            .maxRetries(4)
            .delay(Duration.ofMillis(20))
            .jitter(Duration.ofMillis(20))
            .multiplier(2)
            .build());

    private ConcurrentChangeRetry() {}

    public static <T> T run(Supplier<T> work) {
        return RETRY.invoke(work);
    }

    public static void run(Runnable work) {
        RETRY.invoke(work);
    }
}
