package io.loopdesk.survey.review;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.AsyncReaction;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.survey.SurveyRules;
import io.loopdesk.survey.TicketRated;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.event.TicketStatusChanged;
import io.loopdesk.ticket.value.Urgency;
import io.loopdesk.ticket.view.TicketView;
import org.springframework.stereotype.Component;

/**
 * Opens a dissatisfaction review when a customer rates a ticket dissatisfied (any aspect 2 or less) or reopens it
 * after it was solved: the customer's own reopening, not a handler's.
 */
@Component
class ReviewTriggers {

    private final Reviews reviews;
    private final TicketQueries queries;
    private final SurveyRules rules;

    ReviewTriggers(Reviews reviews, TicketQueries queries, SurveyRules rules) {
        this.reviews = reviews;
        this.queries = queries;
        this.rules = rules;
    }

    @AsyncReaction
    void on(TicketRated rated) {
        if (rated.scores().needsReview()) {
            TenantScope.inTenant(
                    rated.tenantId(),
                    () -> reviews.open(
                            rated.tenantId(),
                            rated.ticketNumber(),
                            Review.Reason.LOW_RATING,
                            rated.scores().comment()));
        }
    }

    /** A solved ticket drawn for a return visit (回访) joins the queue, as the tenant's share says. */
    @AsyncReaction(condition = "#changed.to().name() == 'RESOLVED'")
    void sampled(TicketStatusChanged changed) {
        TenantScope.inTenant(changed.tenantId(), () -> {
            TicketView ticket = queries.get(changed.number(), Actor.system());
            if (rules.of(changed.tenantId())
                    .samplesForReturnVisit(ticket.number(), ticket.urgency() == Urgency.CRITICAL)) {
                reviews.open(changed.tenantId(), changed.number(), Review.Reason.SAMPLED, null);
            }
        });
    }

    @AsyncReaction(
            condition =
                    "#changed.to().name() == 'IN_PROGRESS'"
                            + " and (#changed.from().name() == 'RESOLVED' or #changed.from().name() == 'AWAITING_CONFIRMATION')")
    void on(TicketStatusChanged changed) {
        TenantScope.inTenant(changed.tenantId(), () -> {
            TicketView ticket = queries.get(changed.number(), Actor.system());
            // the customer reopens by their account or by the survey link (no account: no actor); a handler taking a
            // solution back is no complaint
            boolean byCustomer = changed.actorId() == null || changed.actorId().equals(ticket.requesterId());
            if (byCustomer) {
                reviews.open(changed.tenantId(), changed.number(), Review.Reason.REOPENED, changed.reason());
            }
        });
    }
}
