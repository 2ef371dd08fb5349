package io.loopdesk.routing;

import java.time.Instant;

/** An agent started their shift; waiting tickets may now fit them. */
public record AgentWentOnDuty(long userId, long tenantId, Instant at) {}
