package io.loopdesk.ticket.bulk;

/** Where a bulk action stands. */
public enum BulkState {
    RUNNING,
    DONE
}
