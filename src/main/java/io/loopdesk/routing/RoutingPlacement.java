package io.loopdesk.routing;

import io.loopdesk.routing.classify.Classification;
import io.loopdesk.ticket.TicketPlacement;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Places a new ticket: classifies it when it came without a category, and puts it in that category's team. */
@Component
class RoutingPlacement implements TicketPlacement {

    private final Classifications classifications;
    private final Categories categories;

    /** Lazy: the classifications use the ticket API, which asks this placement while it is being built. */
    RoutingPlacement(@Lazy Classifications classifications, Categories categories) {
        this.classifications = classifications;
        this.categories = categories;
    }

    @Override
    public Proposal propose(long tenantId, String text, @Nullable String category) {
        if (category != null) {
            Placement given = placement(tenantId, category);
            return number -> given;
        }
        Classification result = classifications.classify(tenantId, text);
        Placement classified = placement(tenantId, result.categoryCode());
        return number -> {
            classifications.recordNew(tenantId, number, text, result);
            return classified;
        };
    }

    private Placement placement(long tenantId, String category) {
        return new Placement(
                category, categories.destinationOf(tenantId, category).teamId());
    }
}
