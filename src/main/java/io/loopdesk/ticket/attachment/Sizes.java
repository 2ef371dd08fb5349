package io.loopdesk.ticket.attachment;

import java.util.Locale;

/** File sizes as people read them: {@code 20 MB}, {@code 350 KB}. */
public final class Sizes {

    private Sizes() {}

    public static String text(long bytes) {
        if (bytes >= 1024L * 1024 * 1024 && bytes % (1024L * 1024 * 1024) == 0) {
            return bytes / (1024L * 1024 * 1024) + " GB";
        }
        if (bytes >= 1024L * 1024) {
            double mb = bytes / (1024.0 * 1024);
            return mb == Math.rint(mb) ? (long) mb + " MB" : String.format(Locale.ROOT, "%.1f MB", mb);
        }
        if (bytes >= 1024) {
            return (bytes + 1023) / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
