package io.loopdesk.identity;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** No user with this id exists in the caller's scope (a user of another tenant does not exist for them). */
public class UnknownUserException extends DomainException {

    public UnknownUserException(long userId) {
        super(
                Kind.NOT_FOUND,
                Phrase.of("error.identity.user.unknown", String.valueOf(userId)),
                "No such user: " + userId,
                List.of());
    }
}
