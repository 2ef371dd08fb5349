package io.loopdesk.sla.calendar;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Phrase;
import java.time.LocalDate;
import java.util.List;

/**
 * A calendar was asked for working time it does not have: it is closed for longer than
 * {@link BusinessCalendar#SEARCH_HORIZON} (a 24×0 calendar, or every working day a holiday). Searching stops there
 * rather than looping for ever, and the calendar's owner is told what to fix.
 */
public class NoBusinessTimeException extends DomainException {

    NoBusinessTimeException(LocalDate from, BusinessCalendar calendar) {
        super(
                Kind.CONFLICT,
                Phrase.of(
                        "error.sla.calendar.noBusinessTime",
                        calendar.zone().getId(),
                        BusinessCalendar.SEARCH_HORIZON.getYears(),
                        from.toString()),
                "The business calendar (" + calendar.zone() + ") has no working time for "
                        + BusinessCalendar.SEARCH_HORIZON.getYears() + " years after " + from
                        + ": give it weekly hours, or fewer holidays",
                List.of());
    }
}
