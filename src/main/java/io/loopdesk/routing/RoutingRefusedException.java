package io.loopdesk.routing;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;

/** A routing request that cannot be carried out, with the reason. */
public class RoutingRefusedException extends DomainException {

    RoutingRefusedException(Kind kind, String message) {
        super(kind, message);
    }

    RoutingRefusedException(String field, String code, String message) {
        super(Kind.INVALID, message, List.of(new FieldProblem(field, code, message)));
    }
}
