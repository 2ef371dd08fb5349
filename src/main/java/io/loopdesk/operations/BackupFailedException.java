package io.loopdesk.operations;

/** A backup or restore could not be completed; the message says what failed. */
public class BackupFailedException extends RuntimeException {

    BackupFailedException(String message) {
        super(message);
    }

    BackupFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
