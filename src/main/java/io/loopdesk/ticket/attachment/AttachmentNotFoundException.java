package io.loopdesk.ticket.attachment;

import io.loopdesk.shared.DomainException;

/** No such file on the ticket, or one the caller may not see. */
public class AttachmentNotFoundException extends DomainException {

    public AttachmentNotFoundException(String number, long id) {
        super(Kind.NOT_FOUND, "No attachment " + id + " on ticket " + number.strip() + ".");
    }
}
