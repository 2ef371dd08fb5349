package io.loopdesk.ticket;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** The caller can see the ticket but their role does not allow this action on it. */
public class TicketForbiddenException extends DomainException {

    /**
     * @param key the refusal in the bundles ({@code error.ticket.forbidden.*}), shown in the reader's language
     * @param message the same in English
     */
    public TicketForbiddenException(String key, String message, Object... args) {
        super(Kind.FORBIDDEN, Phrase.of(key, args), message, List.of());
    }
}
