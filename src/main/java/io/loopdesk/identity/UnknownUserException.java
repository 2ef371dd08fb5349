package io.loopdesk.identity;

/** No user with this id exists in the caller's scope. */
public class UnknownUserException extends RuntimeException {

    public UnknownUserException(long userId) {
        super("No such user: " + userId);
    }
}
