package io.loopdesk.reporting.usage;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A tenant's billed units of one month, day by day in its own time zone.
 *
 * @param days every day of the month, those without units too, so a statement reads like a calendar
 */
public record UsageStatement(long tenantId, String tenantCode, String tenantName, YearMonth month, List<Day> days) {

    public UsageStatement {
        days = List.copyOf(days);
    }

    /** One day's units. */
    public record Day(LocalDate date, long appFeedback, long email) {

        @JsonProperty
        public long total() {
            return appFeedback + email;
        }
    }

    @JsonProperty
    public long appFeedback() {
        return days.stream().mapToLong(Day::appFeedback).sum();
    }

    @JsonProperty
    public long email() {
        return days.stream().mapToLong(Day::email).sum();
    }

    @JsonProperty
    public long total() {
        return appFeedback() + email();
    }
}
