package io.loopdesk.sla.calendar;

import io.loopdesk.shared.DomainException;

/** Working hours, holidays or make-up days that do not make a calendar: overlapping intervals, a date twice. */
public class InvalidCalendarException extends DomainException {

    InvalidCalendarException(String message) {
        super(Kind.INVALID, message);
    }
}
