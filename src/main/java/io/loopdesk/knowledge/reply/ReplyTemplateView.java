package io.loopdesk.knowledge.reply;

import io.loopdesk.ticket.value.TicketStatus;
import org.jspecify.annotations.Nullable;

/**
 * A reply template as the desk sees it.
 *
 * @param status offered on tickets of this status only, when set
 * @param category offered on tickets of this category or its subcategories only, when set
 * @param language {@code zh} or {@code en}; {@code null} for a template offered whatever the ticket's language
 * @param uses how often it was put into a reply or applied by a macro
 */
public record ReplyTemplateView(
        long id,
        String name,
        String body,
        @Nullable TicketStatus status,
        @Nullable String category,
        Numbering numbering,
        @Nullable String language,
        long uses) {

    /** Whether it is offered on a ticket written in {@code ticketLanguage} (BCP 47, e.g. {@code zh-CN}, {@code en}). */
    public boolean speaks(String ticketLanguage) {
        return language == null || ticketLanguage.equals(language) || ticketLanguage.startsWith(language + "-");
    }

    /** As a draft, to edit. */
    public TemplateDraft draft() {
        return new TemplateDraft(name, body, status, category, numbering, language);
    }

    /** Whether it is offered on a ticket of {@code ticketStatus} and {@code ticketCategory}. */
    public boolean fits(TicketStatus ticketStatus, @Nullable String ticketCategory) {
        return (status == null || status == ticketStatus)
                && (category == null
                        || (ticketCategory != null
                                && (ticketCategory.equals(category) || ticketCategory.startsWith(category + "."))));
    }
}
