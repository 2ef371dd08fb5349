package io.loopdesk.shared.web;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The one rule for the date and time parameters of the API and the pages (list filters, report periods, form
 * fields), in the {@link ReaderZone reader's time zone}:
 *
 * <ul>
 *   <li>a date, {@code 2026-11-23}: the start of that day; as the upper end of a period ({@link #to}) the end of it,
 *       i.e. the start of the next day, which the period excludes;
 *   <li>a date and time without offset, {@code 2026-11-23T09:30} (what a {@code datetime-local} input sends; a space
 *       instead of the {@code T} too): that reading of the reader's wall clock;
 *   <li>an instant, {@code 2026-11-23T01:30:00Z} or {@code 2026-11-23T09:30+08:00}: as given.
 * </ul>
 *
 * Anything else is refused with an {@link InvalidTimeParameterException} naming the parameter. A missing or blank
 * value is {@code null}: no bound.
 */
@Component
public class TimeParameters {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern SPACED = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:.*)");

    private final ReaderZone zone;

    TimeParameters(ReaderZone zone) {
        this.zone = zone;
    }

    /** The start of a period: a date's first instant. */
    public @Nullable Instant from(String name, @Nullable String value) {
        return parse(name, value, zone.current(), false);
    }

    /** The end of a period, excluded: a date's end, which is the next day's first instant. */
    public @Nullable Instant to(String name, @Nullable String value) {
        return parse(name, value, zone.current(), true);
    }

    /** A moment, e.g. an estimated completion time; a date alone is the start of that day. */
    public @Nullable Instant at(String name, @Nullable String value) {
        return from(name, value);
    }

    static @Nullable Instant parse(String name, @Nullable String value, ZoneId zone, boolean endOfDay) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = SPACED.matcher(value.strip()).replaceFirst("$1T$2");
        try {
            if (DATE.matcher(text).matches()) {
                LocalDate date = LocalDate.parse(text);
                return (endOfDay ? date.plusDays(1) : date).atStartOfDay(zone).toInstant();
            }
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(
                    text, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
            return switch (parsed) {
                case ZonedDateTime zoned -> zoned.toInstant();
                case OffsetDateTime offset -> offset.toInstant();
                case LocalDateTime local -> local.atZone(zone).toInstant();
                default -> throw new InvalidTimeParameterException(name, value);
            };
        } catch (DateTimeException e) {
            throw new InvalidTimeParameterException(name, value);
        }
    }
}
