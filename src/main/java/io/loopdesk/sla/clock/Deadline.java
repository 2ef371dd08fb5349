package io.loopdesk.sla.clock;

import io.loopdesk.sla.TimeBasis;
import io.loopdesk.sla.calendar.BusinessCalendar;
import io.loopdesk.sla.calendar.WorkingInterval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

/** How long a target allows, as a policy states it. */
public sealed interface Deadline {

    /** The time a clock starting at {@code start} may spend: what it counts down. */
    Budget budgetFrom(Instant start, BusinessCalendar calendar);

    /** A fixed amount of business or calendar time. */
    record Within(Duration duration, TimeBasis basis) implements Deadline {
        public Within {
            if (duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("A target must be positive: " + duration);
            }
        }

        @Override
        public Budget budgetFrom(Instant start, BusinessCalendar calendar) {
            return new Budget(duration, basis);
        }
    }

    /**
     * By the end of the business day the clock starts in (seed 003: business-stopping tickets are resolved the same
     * day); a ticket that arrives outside hours has the whole next business day. Counted in business time, so a
     * pause moves the due time by the working time it took.
     */
    record SameBusinessDay() implements Deadline {
        @Override
        public Budget budgetFrom(Instant start, BusinessCalendar calendar) {
            Instant opening = calendar.nextOpening(start)
                    .orElseThrow(() -> new IllegalStateException("The calendar has no working time"));
            LocalDate day = calendar.dateOf(opening);
            WorkingInterval last = calendar.hoursOn(day).intervals().getLast();
            ZonedDateTime end = last.endsAtEndOfDay()
                    ? day.plusDays(1).atStartOfDay(calendar.zone())
                    : day.atTime(last.end()).atZone(calendar.zone());
            return new Budget(calendar.between(start, end.toInstant()), TimeBasis.BUSINESS);
        }
    }
}
