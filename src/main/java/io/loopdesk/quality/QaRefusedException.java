package io.loopdesk.quality;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** A quality action that cannot be done, with the reason in the reader's language. */
public class QaRefusedException extends DomainException {

    QaRefusedException(Kind kind, String key, String message, Object... args) {
        super(kind, Phrase.of(key, args), message, List.of());
    }

    QaRefusedException(List<FieldProblem> problems) {
        super(Kind.INVALID, "The inspection has mistakes.", problems);
    }

    static QaRefusedException notFound(long id) {
        return new QaRefusedException(Kind.NOT_FOUND, "error.qa.notFound", "No inspection " + id + ".", id);
    }
}
