package io.loopdesk.tenant;

/** The service plan a tenant bought; it sets the first-response target of its tickets (REQUIREMENTS §5). */
public enum Plan {
    FLAGSHIP,
    ENTERPRISE,
    BASIC
}
