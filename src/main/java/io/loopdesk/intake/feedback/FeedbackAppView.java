package io.loopdesk.intake.feedback;

import java.io.Serializable;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An app as admins see it: never its key, only the key's first characters; its webhook's URL, never its signing
 * secret.
 */
public record FeedbackAppView(
        long id,
        String name,
        @Nullable String product,
        String keyPrefix,
        Instant createdAt,
        @Nullable Instant rotatedAt,
        @Nullable Instant revokedAt,
        @Nullable Instant lastUsedAt,
        boolean active,
        @Nullable String webhookUrl,
        @Nullable Instant webhookSetAt)
        implements Serializable {}
