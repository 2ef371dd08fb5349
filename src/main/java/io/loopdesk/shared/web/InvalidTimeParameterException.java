package io.loopdesk.shared.web;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import java.util.List;

/** A date or time parameter that {@link TimeParameters} cannot read: a 400 that names the parameter. */
public class InvalidTimeParameterException extends DomainException {

    InvalidTimeParameterException(String name, String value) {
        this(name, value, message(name, value));
    }

    private InvalidTimeParameterException(String name, String value, String message) {
        super(
                Kind.INVALID,
                message,
                List.of(new FieldProblem(name, "request.parameter.time", message, List.of(name, value))));
    }

    private static String message(String name, String value) {
        return name + " must be a date (2026-11-23), a date and time of your time zone (2026-11-23T09:30) or an"
                + " instant (2026-11-23T01:30:00Z), not '" + value + "'.";
    }
}
