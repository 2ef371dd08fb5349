package io.loopdesk.identity;

/** No API token with this id exists in the caller's scope. */
public class UnknownApiTokenException extends RuntimeException {

    public UnknownApiTokenException(long tokenId) {
        super("No such API token: " + tokenId);
    }
}
