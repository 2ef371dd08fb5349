package io.loopdesk.automation;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A rule as an admin writes it.
 *
 * @param anchor a {@link Trigger#TIMED} rule's starting point; {@code null} for the others
 * @param hours a timed rule's business hours since its anchor; {@code null} for the others
 * @param matchAll whether every condition must hold ({@code false}: any one); a rule without conditions always runs
 */
public record RuleDraft(
        String name,
        @Nullable Trigger trigger,
        @Nullable TimeAnchor anchor,
        @Nullable Integer hours,
        boolean matchAll,
        List<Condition> conditions,
        List<Action> actions,
        boolean active) {

    public RuleDraft {
        conditions = List.copyOf(conditions);
        actions = List.copyOf(actions);
    }

    /** Whether the ticket passes the rule's conditions. */
    public boolean matches(TicketSnapshot ticket) {
        if (conditions.isEmpty()) {
            return true;
        }
        return matchAll
                ? conditions.stream().allMatch(c -> c.holds(ticket))
                : conditions.stream().anyMatch(c -> c.holds(ticket));
    }
}
