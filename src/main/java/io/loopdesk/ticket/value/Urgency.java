package io.loopdesk.ticket.value;

import java.time.Duration;

/** How urgent a ticket is, with its resolution target (seed 001: 48 / 24 / 8 hours). */
public enum Urgency {
    NORMAL(Duration.ofHours(48)),
    URGENT(Duration.ofHours(24)),
    CRITICAL(Duration.ofHours(8));

    private final Duration resolutionTarget;

    Urgency(Duration resolutionTarget) {
        this.resolutionTarget = resolutionTarget;
    }

    public Duration resolutionTarget() {
        return resolutionTarget;
    }
}
