package io.loopdesk.survey.review;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** A review action that cannot be taken: not found in the tenant, closed already, not a supervisor's, bad input. */
public class ReviewRefusedException extends DomainException {

    private ReviewRefusedException(Kind kind, String key, String message, Object... args) {
        super(kind, Phrase.of(key, args), message, List.of());
    }

    private ReviewRefusedException(FieldProblem problem) {
        super(Kind.INVALID, problem.message(), List.of(problem));
    }

    static ReviewRefusedException notFound(long id) {
        return new ReviewRefusedException(Kind.NOT_FOUND, "error.review.notFound", "No review " + id + ".", id);
    }

    static ReviewRefusedException closed() {
        return new ReviewRefusedException(Kind.CONFLICT, "error.review.closed", "This review is closed already.");
    }

    static ReviewRefusedException forbidden() {
        return new ReviewRefusedException(
                Kind.FORBIDDEN, "error.review.forbidden", "Reviews are for supervisors and tenant admins.");
    }

    static ReviewRefusedException invalid(String field, String code, String message) {
        return new ReviewRefusedException(new FieldProblem(field, code, message));
    }
}
