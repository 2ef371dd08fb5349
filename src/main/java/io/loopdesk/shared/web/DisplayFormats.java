package io.loopdesk.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Formats times for pages ({@code ${@fmt.time(ticket.registeredAt)}}) in the reader's time zone ({@link ReaderZone}):
 * a person in Berlin reads Berlin times, one in Shanghai Shanghai times, whoever's ticket it is.
 */
@Component("fmt")
public class DisplayFormats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Clock clock;
    private final MessageSource messages;
    private final ReaderZone zone;

    DisplayFormats(Clock clock, MessageSource messages, ReaderZone zone) {
        this.clock = clock;
        this.messages = messages;
        this.zone = zone;
    }

    public String time(@Nullable Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(zone.current()));
    }

    /** An instant stored as ISO text (a history value), shown like {@link #time}; other text as it is. */
    public String instantText(@Nullable String value) {
        if (value == null) {
            return "—";
        }
        try {
            return time(Instant.parse(value));
        } catch (java.time.format.DateTimeParseException notAnInstant) {
            return value;
        }
    }

    /** Machine-readable, for {@code <time datetime>}. */
    public String iso(@Nullable Instant instant) {
        return instant == null ? "" : ISO.format(instant.atZone(zone.current()));
    }

    /** Whole hours and minutes from now until {@code due}; negative when overdue. */
    public long minutesLeft(Instant due) {
        return Duration.between(clock.instant(), due).toMinutes();
    }

    /** An id stored as text (history values) as the number maps are keyed by. */
    public @Nullable Long id(@Nullable String value) {
        return value == null ? null : Long.valueOf(value);
    }

    public String duration(long minutes) {
        long abs = Math.abs(minutes);
        return abs >= 60 * 24
                ? abs / (60 * 24) + "d " + (abs % (60 * 24)) / 60 + "h"
                : abs / 60 + "h " + abs % 60 + "m";
    }
}
