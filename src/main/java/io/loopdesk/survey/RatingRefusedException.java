package io.loopdesk.survey;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** A rating that cannot be taken: bad scores, not the customer's ticket, not solved yet, or rated already. */
public class RatingRefusedException extends DomainException {

    /**
     * @param key the refusal in the bundles, shown in the reader's language
     * @param message the same in English
     */
    /** Asked for the rating of a ticket nobody has rated yet: the rating is missing, not the ticket. */
    public static RatingRefusedException notRated(String number) {
        return new RatingRefusedException(
                Kind.NOT_FOUND, "error.survey.notRated", "Ticket " + number + " has not been rated yet.", number);
    }

    RatingRefusedException(Kind kind, String key, String message, Object... args) {
        super(kind, Phrase.of(key, args), message, List.of());
    }

    RatingRefusedException(List<FieldProblem> problems) {
        this("The rating has invalid scores.", problems);
    }

    RatingRefusedException(String message, List<FieldProblem> problems) {
        super(Kind.INVALID, message, problems);
    }
}
