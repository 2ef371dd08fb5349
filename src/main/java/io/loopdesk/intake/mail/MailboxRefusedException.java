package io.loopdesk.intake.mail;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;

/** A mailbox request that cannot be carried out. */
public class MailboxRefusedException extends DomainException {

    MailboxRefusedException(Kind kind, String message) {
        super(kind, message);
    }

    MailboxRefusedException(String field, String message) {
        super(Kind.INVALID, message, List.of(new FieldProblem(field, "mail." + field + ".required", message)));
    }
}
