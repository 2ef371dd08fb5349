package io.loopdesk.intake.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads {@code Message-ID}, {@code In-Reply-To} and {@code References}: the ids in angle brackets, without the
 * brackets; where a mailer forgot the brackets, the words that look like ids. Comments and phrases that some
 * mailers add ({@code <id> (from Outlook)}) are ignored.
 */
public final class MessageIds {

    private static final Pattern BRACKETED = Pattern.compile("<([^<>\\s]+)>");
    private static final Pattern BARE = Pattern.compile("[^<>\\s()\"]+@[^<>\\s()\"]+");

    private MessageIds() {}

    public static List<String> all(@Nullable String raw) {
        List<String> ids = new ArrayList<>();
        if (raw == null) {
            return ids;
        }
        Matcher bracketed = BRACKETED.matcher(raw);
        while (bracketed.find()) {
            ids.add(bracketed.group(1));
        }
        if (ids.isEmpty()) {
            Matcher bare = BARE.matcher(raw);
            while (bare.find()) {
                ids.add(bare.group());
            }
        }
        return ids;
    }

    public static @Nullable String first(@Nullable String raw) {
        List<String> ids = all(raw);
        return ids.isEmpty() ? null : ids.getFirst();
    }
}
