package io.loopdesk.reporting;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * A month's document in a language, named in an e-mail's attachment reference ({@code report:monthly:2026-11:zh-CN}):
 * the outbox keeps the reference and the document is written when the e-mail leaves.
 */
public record MonthFile(YearMonth month, Locale locale) {

    public String reference(String prefix) {
        return prefix + month + ":" + locale.toLanguageTag();
    }

    /** The month and language a reference of {@code prefix} names; empty for another kind or a damaged one. */
    public static Optional<MonthFile> parse(String prefix, String reference) {
        if (!reference.startsWith(prefix)) {
            return Optional.empty();
        }
        String[] parts = reference.substring(prefix.length()).split(":", -1);
        if (parts.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MonthFile(YearMonth.parse(parts[0]), Locale.forLanguageTag(parts[1])));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
