package io.loopdesk.ticket.custom;

import io.loopdesk.ticket.value.TicketStatus;
import java.util.List;
import java.util.Set;

/**
 * A tenant's ticket field as forms, pages and the API show it.
 *
 * @param requiredFor the statuses a person may move a ticket to only once the field has a value
 * @param onForm whether the registration form asks for it
 */
public record CustomFieldView(
        String key,
        String label,
        FieldType type,
        List<String> options,
        Set<TicketStatus> requiredFor,
        boolean onForm,
        int position,
        boolean active) {

    public CustomFieldView {
        options = List.copyOf(options);
        requiredFor = Set.copyOf(requiredFor);
    }

    /** The options one a line, as the admin edits them. */
    public String optionLines() {
        return String.join("\n", options);
    }

    /** Whether moving a ticket to {@code status} needs a value in it. */
    public boolean requiredFor(TicketStatus status) {
        return active && requiredFor.contains(status);
    }
}
