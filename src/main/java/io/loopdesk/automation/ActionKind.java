package io.loopdesk.automation;

/** What an action does to a ticket. */
public enum ActionKind {
    /** Moves it to a status, as the lifecycle allows. */
    SET_STATUS,
    SET_URGENCY,
    /** Sets the feedback type (consultation, complaint, …). */
    SET_TYPE,
    /** Sets the category (value: its code, as the tenant's categories name it). */
    SET_CATEGORY,
    ADD_TAG,
    REMOVE_TAG,
    /** Puts it in a team's queue (value: the team's id); whoever had it lets go. */
    ASSIGN_TEAM,
    /** Puts it on a person's desk (value: their id; blank for nobody's). */
    ASSIGN_AGENT,
    /** Fills in one of the tenant's fields (key: the field, value: its value). */
    SET_FIELD,
    /** Writes an internal note. */
    ADD_NOTE,
    /** Answers the customer with a reply template (value: its id), its variables filled. */
    TEMPLATE_REPLY,
    /** Tells staff in the app and by e-mail (key: {@code ASSIGNEE} or a person's id; value: the text). */
    NOTIFY,
    /** Posts the ticket to one of the tenant's webhooks (value: its id), signed, retried until it answers. */
    WEBHOOK;

    /** Whether the action names a {@code key} besides its value. */
    public boolean hasKey() {
        return this == SET_FIELD || this == NOTIFY;
    }
}
