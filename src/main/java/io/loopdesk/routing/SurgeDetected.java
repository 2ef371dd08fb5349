package io.loopdesk.routing;

/**
 * A surge was detected: published once per category or product and surge, in the transaction that records it and
 * proposes (or joins) its incident, on whichever node saw it first.
 */
public record SurgeDetected(long tenantId, Surge surge) {}
