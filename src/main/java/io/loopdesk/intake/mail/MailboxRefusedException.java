package io.loopdesk.intake.mail;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** A mailbox request that cannot be carried out. */
public class MailboxRefusedException extends DomainException {

    /**
     * @param key the refusal in the bundles, shown in the reader's language
     * @param message the same in English
     */
    MailboxRefusedException(Kind kind, String key, String message, Object... args) {
        super(kind, Phrase.of(key, args), message, List.of());
    }

    MailboxRefusedException(String field, String message) {
        super(Kind.INVALID, message, List.of(new FieldProblem(field, "mail." + field + ".required", message)));
    }

    /** The tenant has a mailbox with this address already: two would read the same mail and answer it twice. */
    static MailboxRefusedException addressTaken(String address) {
        String message = "There is already a mailbox for " + address + ".";
        return new MailboxRefusedException(
                Kind.CONFLICT,
                message,
                List.of(new FieldProblem("address", "mail.address.taken", message, List.of(address))));
    }

    private MailboxRefusedException(Kind kind, String message, List<FieldProblem> problems) {
        super(kind, message, problems);
    }
}
