package io.loopdesk.intake.feedback;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.loopdesk.intake.IntakeProperties;
import java.time.Duration;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/**
 * At most {@code loopdesk.intake.feedback-per-minute} submissions per app and node (a token bucket): one app's
 * runaway retry loop cannot crowd out the others. Per node, so N nodes allow N times as much.
 */
@Component
public class FeedbackRateLimit {

    private final int perMinute;
    private final Cache<Long, Bucket> buckets =
            Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).build();

    FeedbackRateLimit(IntakeProperties properties) {
        this.perMinute = properties.feedbackPerMinute();
    }

    /** Takes one submission from the app's allowance; empty when allowed, else the seconds until it may retry. */
    public OptionalLong take(long appId) {
        if (perMinute <= 0) {
            return OptionalLong.empty();
        }
        Bucket bucket = buckets.get(
                appId,
                id -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(perMinute)
                                .refillGreedy(perMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(
                Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds() + 1));
    }
}
