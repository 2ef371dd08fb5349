package io.loopdesk.reporting.rollup;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** The counts and duration spreads of one day and breakdown, or of many merged. Mutable; not shared. */
public final class Tally {

    private final long[] counts = new long[Measure.values().length];
    private final Map<Spread, DurationHistogram> spreads = new EnumMap<>(Spread.class);

    public long get(Measure measure) {
        return counts[measure.ordinal()];
    }

    public Tally add(Measure measure, long amount) {
        counts[measure.ordinal()] += amount;
        return this;
    }

    public DurationHistogram spread(Spread spread) {
        return spreads.getOrDefault(spread, new DurationHistogram());
    }

    public Tally addDuration(Spread spread, long seconds) {
        spreads.computeIfAbsent(spread, s -> new DurationHistogram()).add(seconds, 1);
        return this;
    }

    public Tally setSpread(Spread spread, DurationHistogram histogram) {
        spreads.put(spread, histogram);
        return this;
    }

    public Tally merge(Tally other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        other.spreads.forEach((spread, h) ->
                spreads.computeIfAbsent(spread, s -> new DurationHistogram()).merge(h));
        return this;
    }

    public Tally subtract(Tally other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] -= other.counts[i];
        }
        other.spreads.forEach((spread, h) ->
                spreads.computeIfAbsent(spread, s -> new DurationHistogram()).subtract(h));
        return this;
    }

    /** Nothing counted: a change that moved nothing, or a row that can go. */
    public boolean isZero() {
        return Arrays.stream(counts).allMatch(c -> c == 0)
                && spreads.values().stream().allMatch(DurationHistogram::isEmpty);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Tally that)) {
            return false;
        }
        if (!Arrays.equals(counts, that.counts)) {
            return false;
        }
        for (Spread spread : Spread.values()) {
            if (!spread(spread).equals(that.spread(spread))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("Tally{");
        for (Measure measure : Measure.values()) {
            if (get(measure) != 0) {
                text.append(measure.column()).append('=').append(get(measure)).append(' ');
            }
        }
        return text.append('}').toString();
    }
}
