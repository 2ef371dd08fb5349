package io.loopdesk.chat;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A chat as its participants see it. */
public record ChatView(
        long id,
        long tenantId,
        ChatStatus status,
        String visitorName,
        @Nullable Long agentId,
        @Nullable String agentName,
        Instant startedAt,
        @Nullable Instant firstResponseAt,
        @Nullable Instant closedAt,
        int lastSeq) {}
