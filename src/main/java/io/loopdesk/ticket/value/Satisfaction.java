package io.loopdesk.ticket.value;

/** How satisfied a customer's rating reads, for lists and their filter; the survey module decides it. */
public enum Satisfaction {
    DISSATISFIED,
    NEUTRAL,
    SATISFIED
}
