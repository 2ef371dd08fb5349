package io.loopdesk.routing;

import java.time.Instant;
import java.util.Set;

/** A major incident was resolved; its customers were told and their tickets await confirmation. */
public record IncidentResolved(
        long incidentId, long tenantId, String title, String message, Set<String> tickets, Instant at) {}
