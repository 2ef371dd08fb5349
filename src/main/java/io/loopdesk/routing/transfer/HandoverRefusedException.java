package io.loopdesk.routing.transfer;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;

/** A handover without what the next person must know; nothing happened. */
public class HandoverRefusedException extends DomainException {

    public HandoverRefusedException(List<FieldProblem> problems) {
        super(Kind.INVALID, problems.stream().map(FieldProblem::message).collect(Collectors.joining(" ")), problems);
    }
}
