package io.loopdesk.sla;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** The caller's role does not allow this SLA change. */
public class SlaForbiddenException extends DomainException {

    /**
     * @param key the refusal in the bundles ({@code error.sla.*}), shown in the reader's language
     * @param message the same in English
     */
    public SlaForbiddenException(String key, String message, Object... args) {
        super(Kind.FORBIDDEN, Phrase.of(key, args), message, List.of());
    }
}
