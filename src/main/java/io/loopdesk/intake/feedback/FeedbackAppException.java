package io.loopdesk.intake.feedback;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;

/** A request about feedback apps that cannot be done, with the reason. */
public class FeedbackAppException extends DomainException {

    FeedbackAppException(String message) {
        super(Kind.CONFLICT, message);
    }

    FeedbackAppException(Kind kind, String message) {
        super(kind, message);
    }

    FeedbackAppException(String field, String code, String message) {
        super(Kind.INVALID, message, List.of(new FieldProblem(field, code, message)));
    }
}
