package io.loopdesk.routing;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** A team's service hours on one day of the week, in a time zone. */
public record ShiftView(@Nullable Long id, long teamId, DayOfWeek day, LocalTime start, LocalTime end, ZoneId zone) {

    public ShiftView {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("A shift ends after it starts (" + start + "–" + end + ")");
        }
    }
}
