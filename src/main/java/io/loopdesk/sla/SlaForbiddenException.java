package io.loopdesk.sla;

import io.loopdesk.shared.DomainException;

/** The caller's role does not allow this SLA change. */
public class SlaForbiddenException extends DomainException {

    public SlaForbiddenException(String message) {
        super(Kind.FORBIDDEN, message);
    }
}
