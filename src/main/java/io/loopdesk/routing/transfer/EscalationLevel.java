package io.loopdesk.routing.transfer;

import java.util.Optional;

/** The support levels a ticket climbs: first line, senior staff, the complex-problem group. */
public enum EscalationLevel {
    L1,
    SENIOR,
    EXPERT;

    public Optional<EscalationLevel> next() {
        return switch (this) {
            case L1 -> Optional.of(SENIOR);
            case SENIOR -> Optional.of(EXPERT);
            case EXPERT -> Optional.empty();
        };
    }
}
