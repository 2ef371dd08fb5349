package io.loopdesk.sla.calendar;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** Working hours, holidays or make-up days that do not make a calendar: overlapping intervals, a date twice. */
public class InvalidCalendarException extends DomainException {

    /**
     * @param key the rule broken, {@code error.sla.calendar.*}, shown in the reader's language
     * @param message the same in English
     */
    InvalidCalendarException(String key, String message, Object... args) {
        super(Kind.INVALID, Phrase.of(key, args), message, List.of());
    }
}
