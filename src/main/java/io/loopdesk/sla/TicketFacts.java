package io.loopdesk.sla;

import io.loopdesk.tenant.Plan;
import io.loopdesk.ticket.value.Urgency;
import org.jspecify.annotations.Nullable;

/** What SLA policies look at to choose a ticket's targets. */
public record TicketFacts(
        Plan plan, Urgency urgency, @Nullable String category) {

    /** Whether the ticket's category is {@code code} or one of its sub-categories ({@code technical.network}). */
    public boolean isIn(String code) {
        return category != null && (category.equals(code) || category.startsWith(code + "."));
    }
}
