package io.loopdesk.ticket.bulk;

/** What became of one ticket of a bulk action. */
enum ItemOutcome {
    PENDING,
    DONE,
    REFUSED
}
