package io.loopdesk.reporting.rollup;

import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts of durations in whole seconds, kept to three significant digits (under 1,000 s exactly; 1,234 s as
 * 1,240 s), so a day's distribution is a few hundred bytes however many tickets it holds, merges by adding, and
 * gives percentiles within 1 %. Counts may go negative while a change is applied (a ticket's old contribution
 * taken away before its new one is added); a stored histogram never is.
 */
public final class DurationHistogram {

    private final TreeMap<Integer, Long> counts = new TreeMap<>();

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
        addBin(bin(seconds), count);
    }

    private void addBin(int bin, long count) {
        counts.merge(bin, count, Long::sum);
        if (counts.get(bin) == 0) {
            counts.remove(bin);
        }
    }

    public void merge(DurationHistogram other) {
        other.counts.forEach(this::addBin);
    }

    public void subtract(DurationHistogram other) {
        other.counts.forEach((bin, count) -> addBin(bin, -count));
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    public long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
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
        for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return valueOf(entry.getKey());
            }
        }
        return valueOf(counts.lastKey());
    }

    /** Pairs of (bin gap, count) as zig-zag varints: small and quick to read. */
    public byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(counts.size() * 3);
        int previous = 0;
        for (Map.Entry<Integer, Long> entry : counts.entrySet()) {
            writeVarLong(out, entry.getKey() - previous);
            writeVarLong(out, (entry.getValue() << 1) ^ (entry.getValue() >> 63));
            previous = entry.getKey();
        }
        return out.toByteArray();
    }

    public static DurationHistogram fromBytes(byte[] bytes) {
        DurationHistogram histogram = new DurationHistogram();
        int[] position = {0};
        int bin = 0;
        while (position[0] < bytes.length) {
            bin += (int) readVarLong(bytes, position);
            long zigzag = readVarLong(bytes, position);
            histogram.counts.put(bin, (zigzag >>> 1) ^ -(zigzag & 1));
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
        return other instanceof DurationHistogram that && counts.equals(that.counts);
    }

    @Override
    public int hashCode() {
        return counts.hashCode();
    }
}
