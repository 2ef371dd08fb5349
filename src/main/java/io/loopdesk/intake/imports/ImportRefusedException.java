package io.loopdesk.intake.imports;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;

/** The file as a whole cannot be imported (too large, not UTF-8, an unknown column); nothing was imported. */
public class ImportRefusedException extends DomainException {

    private final boolean tooLarge;

    /** @param args what the message names (a line, a column), for {@code error.<code>} in the reader's language */
    ImportRefusedException(String code, String message, boolean tooLarge, Object... args) {
        super(Kind.INVALID, message, List.of(new FieldProblem("file", code, message, List.of(args))));
        this.tooLarge = tooLarge;
    }

    /** A file over the size limit, refused before a byte of it is read. */
    public static ImportRefusedException tooLarge(long maxBytes) {
        return new ImportRefusedException(
                "import.too-large",
                "The file is larger than " + maxBytes / (1024 * 1024)
                        + " MB; split it into smaller files (re-importing a record is harmless).",
                true,
                maxBytes / (1024 * 1024));
    }

    /** Neither the request nor the file name says CSV or JSON Lines. */
    public static ImportRefusedException unknownFormat() {
        return new ImportRefusedException(
                "import.format.unknown",
                "Say the format: Content-Type text/csv or application/x-ndjson, a .csv or .jsonl file, or format=csv|jsonl.",
                false);
    }

    /** Whether the file was refused for its size (HTTP answers 413). */
    public boolean tooLarge() {
        return tooLarge;
    }
}
