package io.loopdesk.identity;

import io.loopdesk.shared.DomainException;

/** No user with this id exists in the caller's scope (a user of another tenant does not exist for them). */
public class UnknownUserException extends DomainException {

    public UnknownUserException(long userId) {
        super(Kind.NOT_FOUND, "No such user: " + userId);
    }
}
