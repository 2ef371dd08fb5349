package io.loopdesk.ticket.view;

/**
 * A ticket found by its words, for the search page: the ticket as a list shows it, its title as HTML with the words
 * marked, and a passage (HTML, the text escaped) of its description, a message or a progress record where they were
 * found, empty if they were found only in the title.
 */
public record TicketSearchHit(TicketSummary ticket, String titleHtml, String snippetHtml) {}
