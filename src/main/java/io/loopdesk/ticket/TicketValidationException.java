package io.loopdesk.ticket;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;

/** Input that breaks the tenant's rules; lists every problem at once so a form can show them all. */
public class TicketValidationException extends DomainException {

    public TicketValidationException(List<FieldProblem> problems) {
        super(Kind.INVALID, problems.stream().map(FieldProblem::message).collect(Collectors.joining(" ")), problems);
    }

    static TicketValidationException of(String field, String code, String message) {
        return new TicketValidationException(List.of(new FieldProblem(field, code, message)));
    }
}
