package io.loopdesk.operations;

import java.util.List;

/**
 * A finished restore.
 *
 * @param warnings keys the installation still needs before everything can be read again
 */
public record RestoreReport(
        String database, long attachments, List<String> keys, List<String> warnings, double seconds) {}
