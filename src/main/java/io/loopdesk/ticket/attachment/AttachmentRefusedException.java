package io.loopdesk.ticket.attachment;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;

/** A file was refused (its type, its size, the ticket's total); nothing of the upload was kept. */
public class AttachmentRefusedException extends DomainException {

    AttachmentRefusedException(List<FieldProblem> problems) {
        super(Kind.INVALID, problems.getFirst().message(), problems);
    }

    static AttachmentRefusedException of(String code, String message, List<Object> args) {
        return new AttachmentRefusedException(List.of(new FieldProblem("attachments", code, message, args)));
    }
}
