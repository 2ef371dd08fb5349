package io.loopdesk.operations;

import java.nio.file.Path;

/** The archive is not what its manifest says: truncated, altered, or not a Loopdesk backup. Nothing was changed. */
public class DamagedArchiveException extends RestoreRefusedException {

    DamagedArchiveException(Path archive, String what) {
        super("The archive " + archive + " is damaged: " + what + ". Nothing was restored; use another backup.");
    }
}
