package io.loopdesk.sla;

import io.loopdesk.shared.DomainException;

/** A team, tenant or ticket the SLA request names does not exist (or the caller may not know it does). */
public class SlaNotFoundException extends DomainException {

    public SlaNotFoundException(String message) {
        super(Kind.NOT_FOUND, message);
    }
}
