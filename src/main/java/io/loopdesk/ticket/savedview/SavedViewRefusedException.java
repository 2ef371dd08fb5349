package io.loopdesk.ticket.savedview;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;

/** A saved view that cannot be saved, opened or deleted as asked. */
public class SavedViewRefusedException extends DomainException {

    SavedViewRefusedException(Kind kind, String field, String code, String message) {
        this(kind, new FieldProblem(field, code, message));
    }

    private SavedViewRefusedException(Kind kind, FieldProblem problem) {
        super(kind, problem.message(), List.of(problem));
    }

    static SavedViewRefusedException invalid(String field, String code, String message) {
        return new SavedViewRefusedException(Kind.INVALID, field, code, message);
    }

    /** Filters a list would refuse: a value that is not one of its choices, a date that is no date. */
    public static SavedViewRefusedException badFilters(String reason) {
        return new SavedViewRefusedException(
                Kind.INVALID,
                new FieldProblem(
                        "filters", "view.filters", "The view's filters are not valid: " + reason, List.of(reason)));
    }

    static SavedViewRefusedException notFound() {
        return new SavedViewRefusedException(
                Kind.NOT_FOUND, "view", "view.notFound", "There is no such saved view, or it is not yours to see.");
    }

    static SavedViewRefusedException forbidden(String code, String message) {
        return new SavedViewRefusedException(Kind.FORBIDDEN, "scope", code, message);
    }
}
