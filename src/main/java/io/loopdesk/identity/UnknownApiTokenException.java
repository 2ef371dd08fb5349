package io.loopdesk.identity;

import io.loopdesk.shared.DomainException;

/** No API token with this id exists in the caller's scope. */
public class UnknownApiTokenException extends DomainException {

    public UnknownApiTokenException(long tokenId) {
        super(Kind.NOT_FOUND, "No such API token: " + tokenId);
    }
}
