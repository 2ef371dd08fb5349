package io.loopdesk.automation;

/** Whom a {@link ActionKind#NOTIFY} action tells, besides a person named by id. */
final class NotifyTarget {

    /** The ticket's assignee at the moment the rule fires; nobody when it has none. */
    static final String ASSIGNEE = "ASSIGNEE";

    private NotifyTarget() {}
}
