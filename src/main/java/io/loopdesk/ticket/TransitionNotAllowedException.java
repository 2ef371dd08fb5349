package io.loopdesk.ticket;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;

/** A status change the lifecycle refuses; the message says what is allowed instead. */
public class TransitionNotAllowedException extends DomainException {

    private TransitionNotAllowedException(Kind kind, String message, List<FieldProblem> problems) {
        super(kind, message, problems);
    }

    static TransitionNotAllowedException conflict(String message) {
        return new TransitionNotAllowedException(Kind.CONFLICT, message, List.of());
    }

    static TransitionNotAllowedException forbidden(String message) {
        return new TransitionNotAllowedException(Kind.FORBIDDEN, message, List.of());
    }

    static TransitionNotAllowedException reasonMissing(TicketStatus from, TicketStatus to) {
        String message = "Moving a ticket from " + from + " to " + to + " needs a reason.";
        return new TransitionNotAllowedException(
                Kind.INVALID, message, List.of(new FieldProblem("reason", "ticket.reason.required", message)));
    }
}
