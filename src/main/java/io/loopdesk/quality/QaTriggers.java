package io.loopdesk.quality;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.AsyncReaction;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.survey.TicketRated;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.event.TicketEdited;
import io.loopdesk.ticket.event.TicketStatusChanged;
import io.loopdesk.ticket.value.Satisfaction;
import io.loopdesk.ticket.view.TicketView;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Draws handled tickets into the inspectors' queue as the tenant's {@link QaSettings} say: when a ticket is resolved,
 * every complaint, every reopened ticket and every dissatisfied one if the tenant wants those, else a share of them
 * at random; a low rating that comes after the resolution draws its ticket then, and a reply refused for abusive
 * words at once. Each ticket is queued once.
 */
@Component
class QaTriggers {

    private final Inspections inspections;
    private final QaRules rules;
    private final TicketQueries queries;

    QaTriggers(Inspections inspections, QaRules rules, TicketQueries queries) {
        this.inspections = inspections;
        this.rules = rules;
        this.queries = queries;
    }

    @AsyncReaction(condition = "#changed.to().name() == 'RESOLVED' or #changed.to().name() == 'CLOSED'")
    void on(TicketStatusChanged changed) {
        TenantScope.inTenant(changed.tenantId(), () -> {
            TicketView ticket = queries.get(changed.number(), Actor.system());
            Inspection.Reason why = reason(ticket, rules.of(changed.tenantId()));
            if (why != null) {
                inspections.enqueue(changed.tenantId(), changed.ticketId(), ticket.number(), ticket.assigneeId(), why);
            }
        });
    }

    @AsyncReaction(condition = "#rated.scores().needsReview()")
    void on(TicketRated rated) {
        if (!rules.of(rated.tenantId()).everyLowRating()) {
            return;
        }
        TenantScope.inTenant(rated.tenantId(), () -> {
            TicketView ticket = queries.get(rated.ticketNumber(), Actor.system());
            long ticketId = queries.idOf(ticket.number(), Actor.system());
            inspections.enqueue(
                    rated.tenantId(), ticketId, ticket.number(), ticket.assigneeId(), Inspection.Reason.LOW_RATING);
        });
    }

    /** A reply refused for abusive words draws the ticket at once, whose agent wrote it. */
    @AsyncReaction(condition = "#edited.fields().contains('reply-refused')")
    void on(TicketEdited edited) {
        if (!rules.of(edited.tenantId()).everyRefusedReply()) {
            return;
        }
        TenantScope.inTenant(edited.tenantId(), () -> {
            Long writer = queries.history(edited.number(), Actor.system()).stream()
                    .filter(line -> line.field().equals("reply-refused") && line.newValue() != null)
                    .map(line -> Long.valueOf(line.newValue()))
                    .reduce((first, last) -> last)
                    .orElse(null);
            inspections.enqueue(
                    edited.tenantId(), edited.ticketId(), edited.number(), writer, Inspection.Reason.REFUSED_REPLY);
        });
    }

    private static Inspection.@Nullable Reason reason(TicketView ticket, QaSettings settings) {
        if (settings.everyComplaint() && ticket.complaint()) {
            return Inspection.Reason.COMPLAINT;
        }
        if (settings.everyLowRating()
                && ticket.rating() != null
                && ticket.rating().satisfaction() == Satisfaction.DISSATISFIED) {
            return Inspection.Reason.LOW_RATING;
        }
        if (settings.everyReopened() && ticket.reopenCount() > 0) {
            return Inspection.Reason.REOPENED;
        }
        return settings.draws(ticket.number()) ? Inspection.Reason.SAMPLED : null;
    }
}
