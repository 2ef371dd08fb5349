package io.loopdesk.intake.imports;

import io.loopdesk.shared.DomainException;

/** Only supervisors and tenant admins import. */
public class ImportForbiddenException extends DomainException {

    ImportForbiddenException() {
        super(Kind.FORBIDDEN, "Only supervisors and tenant admins import feedback.");
    }
}
