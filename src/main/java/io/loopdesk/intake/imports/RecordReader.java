package io.loopdesk.intake.imports;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Reads an import file record by record, never holding more than one record in memory. */
interface RecordReader {

    /** The next record, or {@code null} at the end of the file. */
    @Nullable
    SourceLine next() throws IOException;
}
