package io.loopdesk.sla.web;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Durations as people type them on the settings page: {@code 15m}, {@code 4h}, {@code 1h30m}, {@code 2d}, or ISO
 * {@code PT4H}; a leading minus is kept so the domain can say a negative duration is not allowed.
 */
final class DurationText {

    private static final Pattern SHORT = Pattern.compile("(-)?(?:(\\d+)d)?\\s*(?:(\\d+)h)?\\s*(?:(\\d+)m)?");

    private DurationText() {}

    /** The duration, or {@code null} if the text is not one. */
    static @Nullable Duration parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (value.startsWith("p") || value.startsWith("-p")) {
            try {
                return Duration.parse(value.toUpperCase(Locale.ROOT));
            } catch (DateTimeParseException e) {
                return null;
            }
        }
        Matcher matcher = SHORT.matcher(value);
        if (!matcher.matches() || value.replace("-", "").isEmpty()) {
            return null;
        }
        Duration duration = Duration.ofDays(number(matcher.group(2)))
                .plusHours(number(matcher.group(3)))
                .plusMinutes(number(matcher.group(4)));
        return matcher.group(1) != null ? duration.negated() : duration;
    }

    /** {@code 1h30m}, {@code 15m}, {@code 2d}: what {@link #parse} reads. */
    static String format(@Nullable Duration duration) {
        if (duration == null) {
            return "";
        }
        long minutes = duration.toMinutes();
        StringBuilder text = new StringBuilder(minutes < 0 ? "-" : "");
        minutes = Math.abs(minutes);
        if (minutes >= 24 * 60 && minutes % (24 * 60) == 0) {
            return text.append(minutes / (24 * 60)).append('d').toString();
        }
        if (minutes >= 60) {
            text.append(minutes / 60).append('h');
        }
        if (minutes % 60 != 0 || minutes == 0) {
            text.append(minutes % 60).append('m');
        }
        return text.toString();
    }

    private static long number(@Nullable String group) {
        return group == null ? 0 : Long.parseLong(group);
    }
}
