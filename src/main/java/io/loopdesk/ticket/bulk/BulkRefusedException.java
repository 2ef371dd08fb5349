package io.loopdesk.ticket.bulk;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;

/** A bulk action that cannot start, or cannot be shown to the person asking. */
public class BulkRefusedException extends DomainException {

    private BulkRefusedException(Kind kind, FieldProblem problem) {
        super(kind, problem.message(), List.of(problem));
    }

    static BulkRefusedException invalid(String field, String code, String message) {
        return new BulkRefusedException(Kind.INVALID, new FieldProblem(field, code, message));
    }

    static BulkRefusedException invalid(String field, String code, String message, Object arg) {
        return new BulkRefusedException(Kind.INVALID, new FieldProblem(field, code, message, List.of(arg)));
    }

    /** An action that is none of those offered. */
    public static BulkRefusedException badAction(String action) {
        return invalid("action", "bulk.action", "Choose what to do with the tickets, not '" + action + "'.", action);
    }

    static BulkRefusedException notFound() {
        return new BulkRefusedException(
                Kind.NOT_FOUND, new FieldProblem("id", "bulk.notFound", "There is no such bulk action of yours."));
    }

    static BulkRefusedException forbidden() {
        return new BulkRefusedException(
                Kind.FORBIDDEN,
                new FieldProblem("kind", "bulk.forbidden", "Only members of staff who handle tickets act on many."));
    }
}
