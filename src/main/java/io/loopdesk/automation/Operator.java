package io.loopdesk.automation;

/** How a condition compares the ticket's value with the rule's. Texts compare without regard to case. */
public enum Operator {
    IS,
    IS_NOT,
    CONTAINS,
    NOT_CONTAINS,
    /** For numbers (a number or money field, the hours since registration). */
    GREATER_THAN,
    LESS_THAN
}
