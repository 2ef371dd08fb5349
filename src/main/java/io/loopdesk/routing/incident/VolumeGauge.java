package io.loopdesk.routing.incident;

import io.loopdesk.routing.SurgeRule;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One node's view of the volume of one category or product, which decides when the database is asked: the count of
 * the window at most once a {@link #PACE minute}, the baseline at most once an {@link #BASELINE_PACE hour} (an average
 * over a week barely moves in an hour), and sooner only when the tickets this node saw arrive since the last count
 * could have carried the volume over the threshold. Each such early count needs new tickets to reach the threshold
 * again, so at most one count per ticket, and only while the volume sits just below the threshold: a storm passes it
 * at once, and from then on the key is counted once a minute however many tickets arrive. One thread counts at a
 * time; the others go on.
 */
final class VolumeGauge {

    static final Duration PACE = Duration.ofMinutes(1);
    static final Duration BASELINE_PACE = Duration.ofHours(1);

    private @Nullable Instant countedAt;
    private long count;
    private long arrivedSince;
    private @Nullable Instant baselineAt;
    private double baseline;
    private boolean counting;

    /**
     * A ticket of this key arrived.
     *
     * @return whether the caller counts now (then it must report {@link #counted} or {@link #failed})
     */
    synchronized boolean arrived(Instant now, SurgeRule rule) {
        arrivedSince++;
        if (counting) {
            return false;
        }
        long threshold = rule.threshold(baseline);
        boolean due = countedAt == null
                || !now.isBefore(countedAt.plus(PACE))
                || count < threshold && count + arrivedSince >= threshold;
        counting = due;
        return due;
    }

    /** Whether the count about to be made needs a new baseline too. */
    synchronized boolean needsBaseline(Instant now) {
        return baselineAt == null || !now.isBefore(baselineAt.plus(BASELINE_PACE));
    }

    /** The baseline to judge the count by: the one just read, or the one remembered. */
    synchronized double baseline(@Nullable Double read, Instant now) {
        if (read != null) {
            baseline = read;
            baselineAt = now;
        }
        return baseline;
    }

    /** The baseline last read (none yet: 0). */
    synchronized double knownBaseline() {
        return baseline;
    }

    /** The count of the window at {@code now}. */
    synchronized void counted(long count, Instant now) {
        this.count = count;
        this.countedAt = now;
        this.arrivedSince = 0;
        this.counting = false;
    }

    /** Counting failed; the next ticket tries again. */
    synchronized void failed() {
        counting = false;
    }
}
