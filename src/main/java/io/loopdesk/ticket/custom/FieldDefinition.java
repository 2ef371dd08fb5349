package io.loopdesk.ticket.custom;

import io.loopdesk.ticket.value.TicketStatus;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an admin says about a field: {@code key} and {@code type} when adding it (fixed from then on), the rest any
 * time. Options are for choice fields, one per entry.
 */
public record FieldDefinition(
        @Nullable String key,
        @Nullable FieldType type,
        String label,
        List<String> options,
        Set<TicketStatus> requiredFor,
        boolean onForm,
        boolean active) {

    public FieldDefinition {
        label = label == null ? "" : label.strip();
        options = options == null
                ? List.of()
                : options.stream()
                        .filter(o -> o != null && !o.isBlank())
                        .map(String::strip)
                        .distinct()
                        .toList();
        requiredFor = requiredFor == null ? Set.of() : Set.copyOf(requiredFor);
    }
}
