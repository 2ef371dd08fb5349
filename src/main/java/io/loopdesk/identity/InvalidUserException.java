package io.loopdesk.identity;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;

/** A user's field breaks a rule; the problem names the field and the rule. */
public class InvalidUserException extends DomainException {

    InvalidUserException(String field, String code, String message, Object... args) {
        super(Kind.INVALID, message, List.of(new FieldProblem(field, code, message, List.of(args))));
    }
}
