package io.loopdesk.reporting.rollup;

import java.util.Locale;

/**
 * A count kept per day and breakdown, one column of {@code report_rollup} each. Each is counted on the day (in the
 * tenant's time zone) of the moment its Javadoc names; rates divide two of them.
 */
public enum Measure {
    /** Registered that day. */
    RECEIVED,
    /** First solved (awaiting confirmation or resolved) that day. */
    SOLVED,
    /** Closed that day. */
    CLOSED,
    /** First reopened after a solution that day. */
    REOPENED,
    /** Solved that day with one public staff reply, never reopened, never transferred. */
    FIRST_CONTACT_RESOLVED,
    /** Registered that day and transferred (转单) at least once since. */
    TRANSFERRED,
    /** Registered that day and escalated at least once since. */
    ESCALATED,
    /** Registered that day and dispatched (派单) at least once since. */
    DISPATCHED,
    /** Dispatches of the tickets registered that day. */
    DISPATCHES,
    /** Registered that day and flagged as a complaint since. */
    COMPLAINTS,
    /** First responded to that day. */
    RESPONDED,
    /** Seconds from registration to first response, calendar time, of those responded to that day. */
    RESPONSE_SECONDS,
    /** The same in business time. */
    RESPONSE_BUSINESS_SECONDS,
    /** Seconds from registration to first solution, calendar time, of those solved that day. */
    RESOLUTION_SECONDS,
    /** The same in business time. */
    RESOLUTION_BUSINESS_SECONDS,
    /** Rated that day. */
    RATED,
    RATING_SPEED_SUM,
    RATING_EXPERTISE_SUM,
    RATING_RESOLUTION_SUM,
    RATING_ATTITUDE_SUM,
    SATISFIED,
    NEUTRAL,
    DISSATISFIED,
    /** SLA targets settled that day: met or breached, per target. */
    FIRST_RESPONSE_MET,
    FIRST_RESPONSE_BREACHED,
    EXPECTED_RESOLUTION_MET,
    EXPECTED_RESOLUTION_BREACHED,
    NEXT_RESPONSE_MET,
    NEXT_RESPONSE_BREACHED,
    RESOLUTION_MET,
    RESOLUTION_BREACHED;

    /** The column that keeps it. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
