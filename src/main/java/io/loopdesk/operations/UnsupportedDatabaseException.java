package io.loopdesk.operations;

/** The configured database cannot be backed up or restored by Loopdesk; the message says why. */
public class UnsupportedDatabaseException extends RuntimeException {

    UnsupportedDatabaseException(String message) {
        super(message);
    }
}
