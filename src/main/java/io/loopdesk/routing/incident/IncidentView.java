package io.loopdesk.routing.incident;

import java.time.Instant;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A major incident with its linked tickets. */
public record IncidentView(
        long id,
        long tenantId,
        String title,
        String description,
        @Nullable String categoryCode,
        IncidentStatus status,
        @Nullable Long declaredBy,
        Instant declaredAt,
        @Nullable Instant resolvedAt,
        @Nullable String resolution,
        Set<String> tickets) {}
