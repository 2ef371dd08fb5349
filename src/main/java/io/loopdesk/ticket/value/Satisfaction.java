package io.loopdesk.ticket.value;

/**
 * The customer's answer to the short form of the survey (非常满意 / 满意 / 一般 / 不满意), kept on the ticket for
 * lists and their filter; the survey module records it.
 */
public enum Satisfaction {
    DISSATISFIED,
    NEUTRAL,
    SATISFIED,
    VERY_SATISFIED
}
