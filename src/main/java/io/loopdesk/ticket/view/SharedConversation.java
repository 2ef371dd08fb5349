package io.loopdesk.ticket.view;

import java.util.List;

/**
 * A ticket's conversation as it may leave the ticket (an article drafted from it): title, description and public
 * messages, oldest first, with phone numbers and e-mail addresses masked. Secrets never reach ticket text (they are
 * stored as {@code ******}), and internal notes are left out.
 */
public record SharedConversation(String number, String title, String description, List<Message> messages) {

    /** One public message: the customer's or the desk's. */
    public record Message(boolean fromCustomer, String body) {}
}
