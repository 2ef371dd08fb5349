package io.loopdesk.ticket.savedview;

/** Who sees a saved view: its owner only, the members of one team, or every member of staff of the tenant. */
public enum ViewScope {
    PERSONAL,
    TEAM,
    TENANT
}
