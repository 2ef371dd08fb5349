package io.loopdesk.reporting.rollup;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Counts of durations in whole seconds, kept to three significant digits (under 1,000 s exactly; 1,234 s as
 * 1,240 s), so a day's distribution is a few hundred bytes however many tickets it holds, merges by adding, and
 * gives percentiles within 1 %. Counts may go negative while a change is applied (a ticket's old contribution
 * taken away before its new one is added); a stored histogram never is.
 */
public final class DurationHistogram {

    // bins in ascending order with their non-zero counts, in two parallel arrays: a year's report merges thousands of
    // these, and boxed maps made that the report's main cost
    private int[] bins = new int[0];
    private long[] counts = new long[0];
    private int size;

    // while many histograms are merged into this one (a year's total of 365 days), counts by bin index instead: each
    // merge then costs the other's size, not both sizes, and never reallocates; folded back before any other use
    private long @Nullable [] dense;

    /** Beyond this many bins a merge switches to {@link #dense} counts. */
    private static final int DENSE_FROM = 64;

    /** The duration, rounded up to three significant digits: what reports show for a percentile. */
    public static long rounded(long seconds) {
        return valueOf(bin(seconds));
    }

    static int bin(long seconds) {
        if (seconds < 1000) {
            return (int) Math.max(0, seconds);
        }
        int exponent = 0;
        long scaled = seconds;
        long unit = 1;
        while (scaled >= 1000) {
            unit *= 10;
            exponent++;
            scaled = ceilDiv(seconds, unit);
        }
        // scaled is 100..1000; 1000 only when rounding up carried over
        if (scaled == 1000) {
            exponent++;
            scaled = 100;
        }
        return 1000 + (exponent - 1) * 900 + (int) (scaled - 100);
    }

    static long valueOf(int bin) {
        if (bin < 1000) {
            return bin;
        }
        int exponent = (bin - 1000) / 900 + 1;
        long scaled = (bin - 1000) % 900 + 100;
        for (int i = 0; i < exponent; i++) {
            scaled *= 10;
        }
        return scaled;
    }

    private static long ceilDiv(long a, long b) {
        return -Math.floorDiv(-a, b);
    }

    public void add(long seconds, long count) {
        sparse();
        addBin(bin(seconds), count);
    }

    private void addBin(int bin, long count) {
        int at = Arrays.binarySearch(bins, 0, size, bin);
        if (at >= 0) {
            counts[at] += count;
            if (counts[at] == 0) {
                System.arraycopy(bins, at + 1, bins, at, size - at - 1);
                System.arraycopy(counts, at + 1, counts, at, size - at - 1);
                size--;
            }
            return;
        }
        if (count == 0) {
            return;
        }
        int insert = -at - 1;
        if (size == bins.length) {
            int capacity = Math.max(8, size * 2);
            bins = Arrays.copyOf(bins, capacity);
            counts = Arrays.copyOf(counts, capacity);
        }
        System.arraycopy(bins, insert, bins, insert + 1, size - insert);
        System.arraycopy(counts, insert, counts, insert + 1, size - insert);
        bins[insert] = bin;
        counts[insert] = count;
        size++;
    }

    public void merge(DurationHistogram other) {
        combine(other, 1);
    }

    public void subtract(DurationHistogram other) {
        combine(other, -1);
    }

    /** Adds {@code sign} times the other's counts, walking both sorted arrays once. */
    private void combine(DurationHistogram other, int sign) {
        other.sparse();
        if (other.size == 0) {
            return;
        }
        if (dense != null || size + other.size > DENSE_FROM) {
            addDense(other, sign);
            return;
        }
        int[] mergedBins = new int[size + other.size];
        long[] mergedCounts = new long[size + other.size];
        int n = 0;
        int a = 0;
        int b = 0;
        while (a < size || b < other.size) {
            int bin;
            long count;
            if (b >= other.size || (a < size && bins[a] < other.bins[b])) {
                bin = bins[a];
                count = counts[a++];
            } else if (a >= size || other.bins[b] < bins[a]) {
                bin = other.bins[b];
                count = sign * other.counts[b++];
            } else {
                bin = bins[a];
                count = counts[a++] + sign * other.counts[b++];
            }
            if (count != 0) {
                mergedBins[n] = bin;
                mergedCounts[n++] = count;
            }
        }
        bins = mergedBins;
        counts = mergedCounts;
        size = n;
    }

    private void addDense(DurationHistogram other, int sign) {
        long[] into = dense;
        if (into == null) {
            int own = size == 0 ? 0 : bins[size - 1];
            into = new long[Math.max(own, other.bins[other.size - 1]) + 1];
            for (int i = 0; i < size; i++) {
                into[bins[i]] = counts[i];
            }
        }
        int highest = other.bins[other.size - 1];
        if (highest >= into.length) {
            into = Arrays.copyOf(into, Math.max(highest + 1, into.length * 2));
        }
        for (int i = 0; i < other.size; i++) {
            into[other.bins[i]] += sign * other.counts[i];
        }
        dense = into;
    }

    /** Folds {@link #dense} counts back into the sorted arrays. */
    private void sparse() {
        long[] from = dense;
        if (from == null) {
            return;
        }
        int n = 0;
        for (long count : from) {
            if (count != 0) {
                n++;
            }
        }
        bins = new int[n];
        counts = new long[n];
        size = 0;
        for (int bin = 0; bin < from.length; bin++) {
            if (from[bin] != 0) {
                bins[size] = bin;
                counts[size++] = from[bin];
            }
        }
        dense = null;
    }

    public boolean isEmpty() {
        sparse();
        return size == 0;
    }

    public long total() {
        sparse();
        long total = 0;
        for (int i = 0; i < size; i++) {
            total += counts[i];
        }
        return total;
    }

    /**
     * The nearest-rank percentile ({@code fraction} 0.5 for the median, 0.9 for p90): the smallest rounded duration
     * at least that share of the durations do not exceed; -1 when there are none.
     */
    public long percentile(double fraction) {
        long total = total();
        if (total <= 0) {
            return -1;
        }
        long rank = Math.max(1, (long) Math.ceil(fraction * total));
        long seen = 0;
        for (int i = 0; i < size; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return valueOf(bins[i]);
            }
        }
        return valueOf(bins[size - 1]);
    }

    /** Pairs of (bin gap, count) as zig-zag varints: small and quick to read. */
    public byte[] toBytes() {
        sparse();
        ByteArrayOutputStream out = new ByteArrayOutputStream(size * 3);
        int previous = 0;
        for (int i = 0; i < size; i++) {
            writeVarLong(out, bins[i] - previous);
            writeVarLong(out, (counts[i] << 1) ^ (counts[i] >> 63));
            previous = bins[i];
        }
        return out.toByteArray();
    }

    public static DurationHistogram fromBytes(byte[] bytes) {
        DurationHistogram histogram = new DurationHistogram();
        // at least one byte each for a gap and a count
        histogram.bins = new int[bytes.length / 2];
        histogram.counts = new long[bytes.length / 2];
        int[] position = {0};
        int bin = 0;
        while (position[0] < bytes.length) {
            bin += (int) readVarLong(bytes, position);
            long zigzag = readVarLong(bytes, position);
            histogram.bins[histogram.size] = bin;
            histogram.counts[histogram.size++] = (zigzag >>> 1) ^ -(zigzag & 1);
        }
        return histogram;
    }

    private static void writeVarLong(ByteArrayOutputStream out, long value) {
        while ((value & ~0x7FL) != 0) {
            out.write((int) ((value & 0x7F) | 0x80));
            value >>>= 7;
        }
        out.write((int) value);
    }

    private static long readVarLong(byte[] bytes, int[] position) {
        long value = 0;
        int shift = 0;
        while (true) {
            byte b = bytes[position[0]++];
            value |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return value;
            }
            shift += 7;
        }
    }

    @Override
    public boolean equals(Object other) {
        sparse();
        if (other instanceof DurationHistogram that) {
            that.sparse();
        }
        return other instanceof DurationHistogram that
                && Arrays.equals(bins, 0, size, that.bins, 0, that.size)
                && Arrays.equals(counts, 0, size, that.counts, 0, that.size);
    }

    @Override
    public int hashCode() {
        sparse();
        int hash = 1;
        for (int i = 0; i < size; i++) {
            hash = 31 * hash + bins[i];
            hash = 31 * hash + Long.hashCode(counts[i]);
        }
        return hash;
    }
}
