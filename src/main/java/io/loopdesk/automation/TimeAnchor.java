package io.loopdesk.automation;

/** What a timed rule counts its business hours from. */
public enum TimeAnchor {
    /** The ticket's registration. */
    CREATED,
    /** The ticket's last change. */
    UPDATED,
    /** Its resolution; for a reminder to confirm or an automatic follow-up. */
    RESOLVED,
    /** Its resolution due time: hours overdue. */
    DUE
}
