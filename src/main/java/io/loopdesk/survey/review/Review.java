package io.loopdesk.survey.review;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A dissatisfaction review of one ticket, with its return visits, oldest first.
 *
 * @param detail what opened it: the customer's comment or reason, if they gave one
 */
public record Review(
        long id,
        long tenantId,
        String ticketNumber,
        Reason reason,
        @Nullable String detail,
        Status status,
        Instant openedAt,
        @Nullable String conclusion,
        @Nullable String closedBy,
        @Nullable Instant closedAt,
        List<Visit> visits) {

    /** Why the review was opened. */
    public enum Reason {
        /** Rated 不满意, or some aspect 2 or less. */
        LOW_RATING,
        /** Reopened by the customer after the solution was confirmed or offered. */
        REOPENED,
        /** Drawn from the solved tickets for a return visit, as the tenant's share says. */
        SAMPLED
    }

    public enum Status {
        OPEN,
        CLOSED
    }

    /** How the customer was reached. */
    public enum Way {
        PHONE,
        MESSAGE
    }

    /** What a return visit came to. */
    public enum Outcome {
        /** The customer's problem is solved now. */
        RESOLVED,
        /** The customer was compensated. */
        COMPENSATION,
        /** Explained to the customer's satisfaction. */
        EXPLAINED,
        /** The customer could not be reached. */
        UNREACHABLE
    }

    /** One return visit (回访). */
    public record Visit(
            long id, Way way, Outcome outcome, @Nullable String note, String visitedBy, Instant visitedAt) {}
}
