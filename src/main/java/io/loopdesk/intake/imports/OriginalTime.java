package io.loopdesk.intake.imports;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * When a record was written, as exports write it: an ISO instant or offset time, a local time (in the tenant's
 * zone) with {@code T}, a space or slashes, a date alone, or Unix seconds or milliseconds.
 */
final class OriginalTime {

    private static final List<DateTimeFormatter> LOCAL = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE_TIME,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]"),
            DateTimeFormatter.ofPattern("yyyy/M/d H:mm[:ss]"),
            DateTimeFormatter.ofPattern("yyyy-M-d H:mm[:ss]"));

    private OriginalTime() {}

    static Instant parse(String text, ZoneId zone) {
        String value = text.strip();
        if (value.matches("\\d{10}")) {
            return Instant.ofEpochSecond(Long.parseLong(value));
        }
        if (value.matches("\\d{13}")) {
            return Instant.ofEpochMilli(Long.parseLong(value));
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            // try the local forms
        }
        for (DateTimeFormatter format : LOCAL) {
            try {
                return LocalDateTime.parse(value, format).atZone(zone).toInstant();
            } catch (DateTimeParseException notThis) {
                // next form
            }
        }
        try {
            return LocalDate.parse(value).atStartOfDay(zone).toInstant();
        } catch (DateTimeParseException e) {
            throw new RecordRejectedException(
                    "time '" + value + "' is not a time; use e.g. 2026-11-20T10:15:30+08:00 or 2026-11-20 10:15:30.");
        }
    }
}
