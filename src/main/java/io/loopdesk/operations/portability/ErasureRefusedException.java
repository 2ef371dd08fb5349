package io.loopdesk.operations.portability;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;

/** A deletion of a tenant's data that cannot be scheduled: the tenant is active, unknown, or already scheduled. */
public class ErasureRefusedException extends DomainException {

    ErasureRefusedException(Kind kind, String code, String message) {
        super(kind, message, List.of(new FieldProblem("tenant", code, message)));
    }
}
