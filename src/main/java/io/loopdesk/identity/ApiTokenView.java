package io.loopdesk.identity;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** An API token as listed to its owner: never the token itself, only the first characters to recognise it. */
public record ApiTokenView(
        long id,
        long userId,
        String name,
        String prefix,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt) {}
