package io.loopdesk.intake.imports;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record as read from the file, before it is checked: its fields, or why it could not be read.
 *
 * @param line the line of the file it starts on (1 is the first line)
 */
record SourceLine(
        long line,
        @Nullable Map<String, String> fields,
        @Nullable String problem) {

    static SourceLine of(long line, Map<String, String> fields) {
        return new SourceLine(line, fields, null);
    }

    static SourceLine unreadable(long line, String problem) {
        return new SourceLine(line, null, problem);
    }
}
