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
    /** Of those, the scores of each dimension and how many scored it (the dimensions are optional). */
    RATING_SPEED_SUM,
    RATING_EXPERTISE_SUM,
    RATING_RESOLUTION_SUM,
    RATING_ATTITUDE_SUM,
    RATING_SPEED_COUNT,
    RATING_EXPERTISE_COUNT,
    RATING_RESOLUTION_COUNT,
    RATING_ATTITUDE_COUNT,
    /** Of those, the answers to the short form. */
    VERY_SATISFIED,
    SATISFIED,
    NEUTRAL,
    DISSATISFIED,
    /** Of those, how many answered the NPS question, and of them the promoters (9–10) and detractors (0–6). */
    NPS_ANSWERED,
    NPS_PROMOTERS,
    NPS_DETRACTORS,
    /** SLA targets settled that day: met or breached, per target. */
    FIRST_RESPONSE_MET,
    FIRST_RESPONSE_BREACHED,
    EXPECTED_RESOLUTION_MET,
    EXPECTED_RESOLUTION_BREACHED,
    NEXT_RESPONSE_MET,
    NEXT_RESPONSE_BREACHED,
    RESOLUTION_MET,
    RESOLUTION_BREACHED,
    RESULT_NOTICE_MET,
    RESULT_NOTICE_BREACHED,
    /** Inspected that day (the score final then), and the sum of those scores in tenths of a point. */
    QA_INSPECTED,
    QA_SCORE_TENTHS_SUM;

    /** The column that keeps it. */
    public String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
