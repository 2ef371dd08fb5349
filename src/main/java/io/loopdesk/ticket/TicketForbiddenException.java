package io.loopdesk.ticket;

import io.loopdesk.shared.DomainException;

/** The caller can see the ticket but their role does not allow this action on it. */
public class TicketForbiddenException extends DomainException {

    public TicketForbiddenException(String message) {
        super(Kind.FORBIDDEN, message);
    }
}
