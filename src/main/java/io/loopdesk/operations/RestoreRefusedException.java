package io.loopdesk.operations;

/** A restore was refused before it changed anything; the message says why and what to do. */
public class RestoreRefusedException extends RuntimeException {

    RestoreRefusedException(String message) {
        super(message);
    }
}
