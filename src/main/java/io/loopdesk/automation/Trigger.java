package io.loopdesk.automation;

/** When a rule is looked at. */
public enum Trigger {
    /** Once a ticket is registered, by any channel. */
    CREATED,
    /** Whenever a person, a customer or the system changes a ticket or writes on it; never on an automation's own change. */
    UPDATED,
    /** Once a ticket has waited the rule's business hours since its {@link TimeAnchor}. */
    TIMED
}
