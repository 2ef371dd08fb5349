package io.loopdesk.survey.link;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** An answer a survey link cannot take: answered already, expired, about a solution no longer current, or bad input. */
public class SurveyRefusedException extends DomainException {

    private SurveyRefusedException(Kind kind, String key, String message) {
        super(kind, Phrase.of(key), message, List.of());
    }

    private SurveyRefusedException(List<FieldProblem> problems) {
        super(Kind.INVALID, "The survey answer is incomplete.", problems);
    }

    static SurveyRefusedException answered() {
        return new SurveyRefusedException(
                Kind.CONFLICT, "error.survey.link.answered", "This survey has been answered already.");
    }

    static SurveyRefusedException expired() {
        return new SurveyRefusedException(Kind.CONFLICT, "error.survey.link.expired", "This survey link has expired.");
    }

    static SurveyRefusedException notCurrent() {
        return new SurveyRefusedException(
                Kind.CONFLICT,
                "error.survey.link.notCurrent",
                "The ticket has changed since this link was sent: the solution it asks about is no longer current.");
    }

    static SurveyRefusedException missing(String field, String code, String message) {
        return new SurveyRefusedException(List.of(new FieldProblem(field, code, message)));
    }
}
