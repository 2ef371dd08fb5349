package io.loopdesk.intake.imports;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The file formats an import reads. */
public enum ImportFormat {
    /** One JSON object per line (JSON Lines, NDJSON). */
    JSON_LINES,
    /** RFC 4180 CSV with a header row. */
    CSV;

    /** The format a content type or a file name names, if any. */
    public static Optional<ImportFormat> of(@Nullable String contentType, @Nullable String filename) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String name = filename == null ? "" : filename.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/csv") || name.endsWith(".csv")) {
            return Optional.of(CSV);
        }
        if (type.contains("ndjson")
                || type.contains("jsonl")
                || type.contains("json-seq")
                || type.contains("jsonlines")
                || name.endsWith(".jsonl")
                || name.endsWith(".ndjson")) {
            return Optional.of(JSON_LINES);
        }
        return Optional.empty();
    }
}
