package io.loopdesk.intake.feedback;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** A request about feedback apps that cannot be done, with the reason. */
public class FeedbackAppException extends DomainException {

    /**
     * @param key the refusal in the bundles, shown in the reader's language
     * @param message the same in English
     */
    FeedbackAppException(Kind kind, String key, String message, Object... args) {
        super(kind, Phrase.of(key, args), message, List.of());
    }

    FeedbackAppException(String field, String code, String message) {
        super(Kind.INVALID, message, List.of(new FieldProblem(field, code, message)));
    }
}
