package io.loopdesk.intake.imports;

import java.util.List;

/**
 * What an import did.
 *
 * @param created records that became tickets
 * @param duplicates records imported before (by this or an earlier file), skipped
 * @param rejected records that could not be imported; the first ones are listed in {@code rejections}
 * @param rejectionsListedInFull whether {@code rejections} lists every rejected record
 * @param cleaned records imported without characters that no database stores (NUL, half a surrogate pair), each with
 *     how many were taken out; listed like {@code rejections}
 */
public record ImportReport(
        int created,
        int duplicates,
        int rejected,
        List<Rejection> rejections,
        boolean rejectionsListedInFull,
        List<Cleaned> cleaned) {

    /** A record imported after characters no database stores were taken out of it. */
    public record Cleaned(long line, int removedCharacters) {}

    /** A record that was not imported, with the line it starts on and why. */
    public record Rejection(long line, String reason) {}
}
