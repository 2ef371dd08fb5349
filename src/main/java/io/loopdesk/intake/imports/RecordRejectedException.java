package io.loopdesk.intake.imports;

/** One record cannot be imported; the import goes on with the next and reports this one with its line. */
final class RecordRejectedException extends RuntimeException {

    RecordRejectedException(String reason) {
        super(reason);
    }
}
