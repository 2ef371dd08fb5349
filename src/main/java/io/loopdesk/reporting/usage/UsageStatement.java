package io.loopdesk.reporting.usage;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A tenant's billed units of one month, day by day in its own time zone: app feedback and e-mail tickets (each one
 * unit), and live chat by its online minutes.
 *
 * @param days every day of the month, those without units too, so a statement reads like a calendar
 */
public record UsageStatement(long tenantId, String tenantCode, String tenantName, YearMonth month, List<Day> days) {

    public UsageStatement {
        days = List.copyOf(days);
    }

    /**
     * One day's units.
     *
     * @param chatMinutes online minutes of the chats that ended that day, from each one's first agent message
     */
    public record Day(LocalDate date, long appFeedback, long email, long chatMinutes) {

        /** The day's units of feedback and e-mail; chat minutes are billed apart. */
        @JsonProperty
        public long total() {
            return appFeedback + email;
        }

        /** Whether anything was billed that day. */
        public boolean billed() {
            return total() > 0 || chatMinutes > 0;
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
    public long chatMinutes() {
        return days.stream().mapToLong(Day::chatMinutes).sum();
    }

    /** Whether anything was billed that month. */
    public boolean billed() {
        return days.stream().anyMatch(Day::billed);
    }

    @JsonProperty
    public long total() {
        return appFeedback() + email();
    }
}
