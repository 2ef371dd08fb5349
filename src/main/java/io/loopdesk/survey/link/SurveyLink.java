package io.loopdesk.survey.link;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A survey link as issued with a result notice: which ticket's survey it opens, until when, and what the customer
 * answered through it.
 */
public record SurveyLink(
        long id,
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
