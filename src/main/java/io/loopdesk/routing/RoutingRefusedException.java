package io.loopdesk.routing;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** A routing request that cannot be carried out, with the reason. */
public class RoutingRefusedException extends DomainException {

    /**
     * @param key the refusal in the bundles ({@code error.routing.*}), shown in the reader's language
     * @param message the same in English
     */
    public RoutingRefusedException(Kind kind, String key, String message, Object... args) {
        super(kind, Phrase.of(key, args), message, List.of());
    }

    public RoutingRefusedException(String field, String code, String message, Object... args) {
        super(Kind.INVALID, message, List.of(new FieldProblem(field, code, message, List.of(args))));
    }
}
