package io.loopdesk.notification.text;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** A notice text that cannot be saved: not the tenant admin's to change, no such notice, or a text that breaks it. */
public class NoticeTextRefusedException extends DomainException {

    private NoticeTextRefusedException(Kind kind, String key, String message, Object... args) {
        super(kind, Phrase.of(key, args), message, List.of());
    }

    private NoticeTextRefusedException(List<FieldProblem> problems) {
        super(Kind.INVALID, "The notice text cannot be used.", problems);
    }

    static NoticeTextRefusedException forbidden() {
        return new NoticeTextRefusedException(
                Kind.FORBIDDEN, "error.notice-text.forbidden", "Only tenant admins change the notice texts.");
    }

    static NoticeTextRefusedException unknown(String key) {
        return new NoticeTextRefusedException(
                Kind.NOT_FOUND, "error.notice-text.unknown", "There is no customer notice " + key + ".", key);
    }

    static NoticeTextRefusedException invalid(FieldProblem problem) {
        return new NoticeTextRefusedException(List.of(problem));
    }
}
