package io.loopdesk.sla;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** A team, tenant or ticket the SLA request names does not exist (or the caller may not know it does). */
public class SlaNotFoundException extends DomainException {

    /**
     * @param key the refusal in the bundles ({@code error.sla.*}), shown in the reader's language
     * @param message the same in English
     */
    public SlaNotFoundException(String key, String message, Object... args) {
        super(Kind.NOT_FOUND, Phrase.of(key, args), message, List.of());
    }
}
