package io.loopdesk.shared;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** How long ago something happened, for the "oldest waiting" gauges: zero when there is none or it lies ahead. */
public final class Elapsed {

    private Elapsed() {}

    public static Duration since(@Nullable OffsetDateTime then, Instant now) {
        return then == null || then.toInstant().isAfter(now) ? Duration.ZERO : Duration.between(then.toInstant(), now);
    }

    /** The duration in seconds, as Prometheus expects it. */
    public static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }
}
