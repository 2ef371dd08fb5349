package io.loopdesk.tenant;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A special-process playbook: the checklist an agent works through on the tickets it matches.
 *
 * @param category the category code it applies to (a top level stands for everything below it), or {@code null}
 * @param keywords words of which any in a ticket's title or description makes it apply
 * @param steps the checklist, in order
 */
public record PlaybookView(
        long id, String name, PlaybookKind kind, @Nullable String category, List<String> keywords, List<String> steps) {

    public PlaybookView {
        keywords = List.copyOf(keywords);
        steps = List.copyOf(steps);
    }

    /** Whether a ticket in {@code ticketCategory} with {@code text} is one this playbook is for. */
    public boolean matches(@Nullable String ticketCategory, String text) {
        if (category != null
                && ticketCategory != null
                && (ticketCategory.equals(category) || ticketCategory.startsWith(category + "."))) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return keywords.stream().anyMatch(word -> lower.contains(word.toLowerCase(Locale.ROOT)));
    }

    /** How a checked step is named in the ticket's history: the playbook and the step, so either reads alone. */
    public String stepLabel(int index) {
        return name + " · " + (index + 1) + ". " + steps.get(index);
    }
}
