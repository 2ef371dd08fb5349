package io.loopdesk.sla;

import io.loopdesk.sla.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;

/** Whether a target counts working time of a business calendar or every hour of the clock. */
public enum TimeBasis {
    /** Only the calendar's working hours count: 3 h at 17:00 on a 5×8 Friday is due Monday at 11:00. */
    BUSINESS,
    /** Every hour counts, nights and holidays too. */
    CALENDAR;

    /** The instant by which {@code amount} of this kind of time has passed since {@code start}. */
    public Instant plus(BusinessCalendar calendar, Instant start, Duration amount) {
        return switch (this) {
            case BUSINESS -> calendar.plus(start, amount);
            case CALENDAR -> start.plus(amount);
        };
    }

    /** How much of this kind of time lies between two instants; negative when {@code to} is earlier. */
    public Duration between(BusinessCalendar calendar, Instant from, Instant to) {
        return switch (this) {
            case BUSINESS -> calendar.between(from, to);
            case CALENDAR -> Duration.between(from, to);
        };
    }
}
