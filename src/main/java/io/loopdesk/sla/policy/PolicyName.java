package io.loopdesk.sla.policy;

/** The ready-made SLA policies a tenant admin chooses from, each with numbers the admin can change. */
public enum PolicyName {
    /**
     * First response by the tenant's plan (flagship 3 h, enterprise 6 h, basic 12 h; seed 000), 2 h for technical
     * tickets; resolution by urgency (48 / 24 / 8 h; seed 001), 24 h for content tickets (seed 002).
     */
    STANDARD,
    /**
     * The cloud marketplace's rules (seed 003): respond within 15 minutes, tell the expected resolution time within
     * 30 minutes, never leave a customer's message unanswered for more than 4 hours of service time, and resolve
     * business-stopping (critical) tickets the same business day.
     */
    MARKETPLACE
}
