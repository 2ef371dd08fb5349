package io.loopdesk.routing.incident;

/** Where a major incident is. */
public enum IncidentStatus {
    /** The system saw many similar tickets and suggests an incident; a supervisor confirms or dismisses it. */
    PROPOSED,
    OPEN,
    RESOLVED,
    DISMISSED;

    public boolean isActive() {
        return this == PROPOSED || this == OPEN;
    }
}
