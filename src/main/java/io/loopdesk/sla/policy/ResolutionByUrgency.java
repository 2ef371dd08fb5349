package io.loopdesk.sla.policy;

import io.loopdesk.ticket.value.Urgency;
import java.time.Duration;

/** Seed 001's rule: a ticket is resolved within its urgency's time (normal 48 h, urgent 24 h, critical 8 h). */
final class ResolutionByUrgency {

    private ResolutionByUrgency() {}

    static Duration of(SlaSettings.ResolutionTerms terms, Urgency urgency) {
        return switch (urgency) {
            case NORMAL -> terms.normal();
            case URGENT -> terms.urgent();
            case CRITICAL -> terms.critical();
        };
    }
}
