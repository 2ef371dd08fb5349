package io.loopdesk.identity;

/** A customer's service level; VIP customers are served first. */
public enum CustomerLevel {
    STANDARD,
    VIP
}
