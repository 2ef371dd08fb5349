package io.loopdesk.sla.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/** A stretch of real time in which a calendar is open: {@code [start, end)}, start before end. */
record OpenStretch(Instant start, Instant end) {

    /**
     * The open stretches of one date, in order. A working interval becomes the real time between the first moments
     * the wall clock reads its start and its end (see {@link #firstMomentAt}), so a day on which clocks change counts
     * the time that really passes, an interval the clocks skip entirely is left out, and an hour the clocks repeat
     * is counted once. The mapping keeps order, so the stretches of one day and of the next never overlap.
     */
    static List<OpenStretch> on(LocalDate date, DayHours hours, ZoneId zone) {
        List<OpenStretch> stretches = new ArrayList<>(hours.intervals().size());
        for (WorkingInterval interval : hours.intervals()) {
            Instant start = firstMomentAt(date.atTime(interval.start()), zone);
            LocalDateTime end =
                    interval.endsAtEndOfDay() ? date.plusDays(1).atStartOfDay() : date.atTime(interval.end());
            Instant stop = firstMomentAt(end, zone);
            if (start.isBefore(stop)) {
                stretches.add(new OpenStretch(start, stop));
            }
        }
        return stretches;
    }

    /**
     * The first moment the wall clock in {@code zone} reads {@code local} or later: the usual instant; for a time
     * the clocks skip when they spring forward (02:30 in Berlin on the last Sunday of March), the moment they jump
     * past it (03:00 summer time); for a time they show twice when they fall back, the first time.
     */
    static Instant firstMomentAt(LocalDateTime local, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            return gap.getInstant();
        }
        // When the clocks fall back the offset before the change comes first: the earlier of the two moments.
        return local.toInstant(offsets.getFirst());
    }

    Duration length() {
        return Duration.between(start, end);
    }
}
