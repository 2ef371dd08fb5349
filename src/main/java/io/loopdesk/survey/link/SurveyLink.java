package io.loopdesk.survey.link;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A survey link as issued with a result notice: which ticket's survey it opens, until when, and what the customer
 * answered through it.
 *
 * @param roundId the first link of its round: a reminder's link belongs to the round of the notice it follows
 * @param reminders how many reminders came before this link (0 for the result notice's own)
 */
public record SurveyLink(
        long id,
        long roundId,
        long tenantId,
        String ticketNumber,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant answeredAt,
        SurveyAnswer.@Nullable Kind answer,
        int reminders) {

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public boolean answered() {
        return answeredAt != null;
    }
}
