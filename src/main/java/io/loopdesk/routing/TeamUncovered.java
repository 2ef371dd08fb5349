package io.loopdesk.routing;

import java.time.Instant;

/** A team is inside its service hours and nobody of it is on duty: supervisors must act. */
public record TeamUncovered(long tenantId, long teamId, String teamName, long shiftId, Instant at) {}
