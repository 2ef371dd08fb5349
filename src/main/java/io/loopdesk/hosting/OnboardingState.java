package io.loopdesk.hosting;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** Where a brand's onboarding stands: answered when and by whom, and when its service started. */
public record OnboardingState(
        String appName,
        String products,
        Instant answeredAt,
        String answeredBy,
        @Nullable Instant serviceStartedAt,
        @Nullable String serviceStartedBy) {

    public boolean started() {
        return serviceStartedAt != null;
    }
}
