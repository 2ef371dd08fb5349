package io.loopdesk.routing;

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
    public Placement place(long tenantId, String number, String text, @Nullable String category) {
        String placed = category != null ? category : classifications.classifyNew(tenantId, number, text);
        return new Placement(placed, categories.destinationOf(tenantId, placed).teamId());
    }
}
