package io.loopdesk.ticket.value;

/** The stage a progress record reports (seed 001, table 2). */
public enum ProgressLabel {
    CONTACTED_CUSTOMER,
    REMOTE_TROUBLESHOOTING,
    ON_SITE_REPAIR_NEEDED,
    ON_SITE_VISIT,
    PARTS_REPLACED,
    AWAITING_RND,
    SOLUTION_PROVIDED,
    OTHER
}
