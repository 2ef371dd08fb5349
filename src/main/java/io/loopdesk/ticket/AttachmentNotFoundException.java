package io.loopdesk.ticket;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** No such file on the ticket, or one the caller may not see. */
public class AttachmentNotFoundException extends DomainException {

    public AttachmentNotFoundException(String number, long id) {
        super(
                Kind.NOT_FOUND,
                Phrase.of("error.ticket.attachment.notFound", String.valueOf(id), number.strip()),
                "No attachment " + id + " on ticket " + number.strip() + ".",
                List.of());
    }
}
