package io.loopdesk.routing;

import java.time.Instant;

/** An agent ended their shift; their open work went back to the queue. */
public record AgentWentOffDuty(long userId, long tenantId, Instant at) {}
