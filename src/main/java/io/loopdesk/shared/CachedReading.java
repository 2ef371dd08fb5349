package io.loopdesk.shared;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read (from the database) at most once per {@code maxAge}, for metrics: every node is scraped every few
 * seconds, and a gauge must not turn that into a query per scrape and per gauge. Several gauges share one reading.
 * The age is measured on this node's monotonic clock: it limits load, it is no business time. A gauge must hold
 * its reading with {@code strongReference(true)}: Micrometer keeps only a weak reference, and a reading nothing
 * else holds is collected (the gauge then reads NaN).
 */
public final class CachedReading<T> implements Supplier<T> {

    private final Supplier<T> read;
    private final long maxAgeNanos;
    private T value;
    private long readAt;

    private CachedReading(Duration maxAge, Supplier<T> read) {
        this.read = read;
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** The standard for gauges: read again when the last reading is five seconds old. */
    public static <T> CachedReading<T> of(Supplier<T> read) {
        return new CachedReading<>(Duration.ofSeconds(5), read);
    }

    @Override
    public synchronized T get() {
        long now = System.nanoTime();
        if (value == null || now - readAt >= maxAgeNanos) {
            value = read.get();
            readAt = now;
        }
        return value;
    }
}
