package io.loopdesk.survey;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;

/** A rating that cannot be taken: bad scores, not the customer's ticket, not solved yet, or rated already. */
public class RatingRefusedException extends DomainException {

    RatingRefusedException(Kind kind, String message) {
        super(kind, message);
    }

    RatingRefusedException(List<FieldProblem> problems) {
        super(Kind.INVALID, "The rating has invalid scores.", problems);
    }
}
