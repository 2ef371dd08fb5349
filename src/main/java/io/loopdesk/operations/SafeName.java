package io.loopdesk.operations;

import java.nio.file.Path;

/** Names of archive entries: relative, forward slashes, inside one of the archive's three folders. */
final class SafeName {

    static final String DATABASE = "database/";
    static final String ATTACHMENTS = "attachments/";
    static final String KEYS = "keys/";

    private SafeName() {}

    /** Whether the name stays inside its folder wherever the archive is unpacked (no "..", no absolute path). */
    static boolean isSafe(String name) {
        if (!(name.startsWith(DATABASE) || name.startsWith(ATTACHMENTS) || name.startsWith(KEYS))
                || name.contains("\\")
                || name.contains("//")
                || name.endsWith("/")) {
            return false;
        }
        for (String part : name.split("/")) {
            if (part.equals("..") || part.equals(".") || part.isEmpty()) {
                return false;
            }
        }
        return !Path.of(name).isAbsolute();
    }

    /** {@code folder + relative}, with the relative path's separators as forward slashes. */
    static String of(String folder, Path relative) {
        return folder + relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
    }
}
