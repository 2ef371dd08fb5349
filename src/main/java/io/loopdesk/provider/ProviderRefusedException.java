package io.loopdesk.provider;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;

/** A provider, person or grant that cannot be made: a field that breaks its rule, or something that does not exist. */
public class ProviderRefusedException extends DomainException {

    ProviderRefusedException(Kind kind, FieldProblem problem) {
        super(kind, problem.message(), List.of(problem));
    }

    static ProviderRefusedException invalid(String field, String code, String message, Object... args) {
        return new ProviderRefusedException(Kind.INVALID, new FieldProblem(field, code, message, List.of(args)));
    }

    static ProviderRefusedException notFound(String field, String code, String message) {
        return new ProviderRefusedException(Kind.NOT_FOUND, new FieldProblem(field, code, message));
    }
}
