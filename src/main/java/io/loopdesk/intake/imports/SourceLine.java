package io.loopdesk.intake.imports;

import io.loopdesk.shared.StorableText;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record as read from the file, before it is checked: its fields, or why it could not be read.
 *
 * @param line the line of the file it starts on (1 is the first line)
 * @param removedCharacters characters taken out of the fields because no database stores them (NUL, half a
 *     surrogate pair): an exported file may hold them, and refusing the record would lose the feedback
 */
record SourceLine(
        long line,
        @Nullable Map<String, String> fields,
        @Nullable String problem,
        int removedCharacters) {

    static SourceLine of(long line, Map<String, String> fields) {
        Map<String, String> storable = new LinkedHashMap<>();
        int removed = 0;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String value = StorableText.clean(field.getValue());
            removed += field.getValue().length() - value.length();
            storable.put(StorableText.clean(field.getKey()), value);
        }
        return new SourceLine(line, storable, null, removed);
    }

    static SourceLine unreadable(long line, String problem) {
        return new SourceLine(line, null, problem, 0);
    }
}
