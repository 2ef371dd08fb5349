package io.loopdesk.tenant;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;

/** A tenant that cannot be registered: a code or name that breaks its rule, or a code already taken. */
public class TenantRefusedException extends DomainException {

    public TenantRefusedException(Kind kind, FieldProblem problem) {
        super(kind, problem.message(), List.of(problem));
    }
}
