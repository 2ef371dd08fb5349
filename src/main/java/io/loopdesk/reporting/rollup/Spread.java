package io.loopdesk.reporting.rollup;

import java.util.Locale;

/** A duration whose distribution is kept per day and breakdown (as a {@link DurationHistogram}), for percentiles. */
public enum Spread {
    RESPONSE,
    RESPONSE_BUSINESS,
    RESOLUTION,
    RESOLUTION_BUSINESS;

    /** The column that keeps it. */
    public String column() {
        return "spread_" + name().toLowerCase(Locale.ROOT);
    }
}
