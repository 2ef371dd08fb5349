package io.loopdesk.intake.imports;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** Only supervisors and tenant admins import. */
public class ImportForbiddenException extends DomainException {

    ImportForbiddenException() {
        super(
                Kind.FORBIDDEN,
                Phrase.of("error.import.forbidden"),
                "Only supervisors and tenant admins import feedback.",
                List.of());
    }
}
