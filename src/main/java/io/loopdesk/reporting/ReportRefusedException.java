package io.loopdesk.reporting;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** A report that cannot be given: a bad parameter (naming it), or figures the reader may not see. */
public class ReportRefusedException extends DomainException {

    ReportRefusedException(FieldProblem problem) {
        super(Kind.INVALID, problem.message(), List.of(problem));
    }

    private ReportRefusedException(Kind kind, Phrase phrase, String message) {
        super(kind, phrase, message, List.of());
    }

    public static ReportRefusedException invalid(String parameter, String code, String message, Object... args) {
        return new ReportRefusedException(new FieldProblem(parameter, code, message, List.of(args)));
    }

    public static ReportRefusedException forbidden(String key, String message) {
        return new ReportRefusedException(Kind.FORBIDDEN, new Phrase(key, List.of()), message);
    }

    /** A tenant that does not exist, or that the reader may not know exists. */
    public static ReportRefusedException notFound(String key, String message, Object... args) {
        return new ReportRefusedException(Kind.NOT_FOUND, new Phrase(key, List.of(args)), message);
    }
}
