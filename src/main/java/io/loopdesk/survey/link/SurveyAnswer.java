package io.loopdesk.survey.link;

import io.loopdesk.survey.Scores;
import org.jspecify.annotations.Nullable;

/**
 * What a customer answers on the survey page: the solution works (and how satisfied they are), or it does not (and
 * why), or, for a ticket confirmed already, only the rating.
 */
public record SurveyAnswer(
        Kind kind, @Nullable Scores scores, @Nullable String reason) {

    /** The customer's answer about the solution. */
    public enum Kind {
        /** Solved: the ticket is confirmed and rated. */
        CONFIRMED,
        /** Not solved: the ticket goes back to its handler with the reason. */
        REOPENED,
        /** The ticket was confirmed already (by the customer elsewhere or by the auto-close rule): rated only. */
        RATED
    }
}
