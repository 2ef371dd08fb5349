package io.loopdesk.operations;

/** A backup is already being written on this node; one at a time is enough. */
public class BackupInProgressException extends RuntimeException {

    BackupInProgressException() {
        super("A backup is already being written on this node; try again when it has finished.");
    }
}
