package io.loopdesk.testing;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/** Calls made at the same moment from as many threads, for tests of what the database must decide. */
public final class Race {

    private Race() {}

    /** Runs {@code call(0..count-1)} together, released at once, and returns their answers in order. */
    public static <T> List<T> of(int count, IntFunction<T> call) {
        ExecutorService pool = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<T>> racing = IntStream.range(0, count)
                    .mapToObj(i -> CompletableFuture.supplyAsync(
                            () -> {
                                try {
                                    start.await();
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    throw new IllegalStateException(e);
                                }
                                return call.apply(i);
                            },
                            pool))
                    .toList();
            start.countDown();
            return racing.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }
}
