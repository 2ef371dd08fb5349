package io.loopdesk.sla.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Iterator;
import org.jspecify.annotations.Nullable;

/**
 * Walks a calendar's open stretches forward from an instant, a day at a time: the work grows with the days
 * spanned, never with the minutes. A stretch that began before the instant is cut to start at it.
 */
final class OpenStretches {

    private final BusinessCalendar calendar;
    private final Instant from;
    private final @Nullable LocalDate lastDate;
    private LocalDate date;
    private LocalDate lastWorkingDate;
    private Iterator<OpenStretch> today = Collections.emptyIterator();

    private OpenStretches(BusinessCalendar calendar, Instant from, @Nullable LocalDate lastDate) {
        this.calendar = calendar;
        this.from = from;
        this.lastDate = lastDate;
        LocalDate fromDate = calendar.dateOf(from);
        this.lastWorkingDate = fromDate;
        // A day earlier too: where clocks fall back across midnight, the previous date's hours can reach past it.
        this.date = fromDate.minusDays(1);
    }

    /** Every stretch after {@code from}, giving up after {@link BusinessCalendar#SEARCH_HORIZON} without one. */
    static OpenStretches after(BusinessCalendar calendar, Instant from) {
        return new OpenStretches(calendar, from, null);
    }

    /** The stretches after {@code from} that may start before {@code to}; later ones may come too. */
    static OpenStretches between(BusinessCalendar calendar, Instant from, Instant to) {
        return new OpenStretches(calendar, from, calendar.dateOf(to).plusDays(1));
    }

    /** The next stretch, or null when the walk is over. */
    @Nullable
    OpenStretch next() {
        while (!today.hasNext()) {
            if (date.isAfter(lastDate())) {
                return null;
            }
            DayHours hours = calendar.hoursOn(date);
            if (!hours.isClosed()) {
                lastWorkingDate = date;
            }
            today = OpenStretch.on(date, hours, calendar.zone()).stream()
                    .filter(stretch -> stretch.end().isAfter(from))
                    .iterator();
            date = date.plusDays(1);
        }
        OpenStretch stretch = today.next();
        return stretch.start().isBefore(from) ? new OpenStretch(from, stretch.end()) : stretch;
    }

    /** The last date with working time the walk saw (the start's date if none): where a search ran dry. */
    LocalDate lastWorkingDate() {
        return lastWorkingDate;
    }

    private LocalDate lastDate() {
        return lastDate != null ? lastDate : lastWorkingDate.plus(BusinessCalendar.SEARCH_HORIZON);
    }
}
