package io.loopdesk.operations.portability;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;

/** An archive that cannot be imported: not a tenant export, damaged, cut short, or its tenant already here. */
public class ImportRefusedException extends DomainException {

    ImportRefusedException(Kind kind, String code, String message, Object... args) {
        super(kind, message, List.of(new FieldProblem("archive", code, message, List.of(args))));
    }
}
