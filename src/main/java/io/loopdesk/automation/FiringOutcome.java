package io.loopdesk.automation;

/** How a rule's firing on a ticket ended. */
public enum FiringOutcome {
    /** Its actions were taken. */
    FIRED,
    /** An action was refused (the lifecycle, a field's rule, a template gone); nothing of it was kept. */
    FAILED,
    /** It had fired too often on the ticket in a short time, a sign of a loop through other parts of the desk. */
    STOPPED
}
