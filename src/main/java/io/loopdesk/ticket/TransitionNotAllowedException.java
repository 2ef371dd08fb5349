package io.loopdesk.ticket;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import io.loopdesk.ticket.value.TicketStatus;
import java.util.List;

/** A status change the lifecycle refuses; the message says what is allowed instead. */
public class TransitionNotAllowedException extends DomainException {

    private TransitionNotAllowedException(Kind kind, String message, List<FieldProblem> problems) {
        super(kind, message, problems);
    }

    private TransitionNotAllowedException(Kind kind, Phrase phrase, String message) {
        super(kind, phrase, message, List.of());
    }

    /** @param phrase the refusal in the reader's language; {@code message} says it in English */
    static TransitionNotAllowedException conflict(Phrase phrase, String message) {
        return new TransitionNotAllowedException(Kind.CONFLICT, phrase, message);
    }

    /** @param phrase the refusal in the reader's language; {@code message} says it in English */
    static TransitionNotAllowedException forbidden(Phrase phrase, String message) {
        return new TransitionNotAllowedException(Kind.FORBIDDEN, phrase, message);
    }

    static TransitionNotAllowedException reasonMissing(TicketStatus from, TicketStatus to) {
        String message = "Moving a ticket from " + from + " to " + to + " needs a reason.";
        return new TransitionNotAllowedException(
                Kind.INVALID, message, List.of(new FieldProblem("reason", "ticket.reason.required", message)));
    }
}
