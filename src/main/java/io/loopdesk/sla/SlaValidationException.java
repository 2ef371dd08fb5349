package io.loopdesk.sla;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;

/** SLA settings that cannot be saved (a calendar with overlapping hours, a negative duration…); nothing changed. */
public class SlaValidationException extends DomainException {

    public SlaValidationException(List<FieldProblem> problems) {
        super(Kind.INVALID, problems.stream().map(FieldProblem::message).collect(Collectors.joining(" ")), problems);
    }

    public static SlaValidationException of(String field, String code, String message) {
        return new SlaValidationException(List.of(new FieldProblem(field, code, message)));
    }
}
