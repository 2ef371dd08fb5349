package io.loopdesk.shared;

import java.util.List;

/**
 * One field's problem.
 *
 * @param field the field as the API names it, e.g. {@code contact}
 * @param code a stable code that clients and message bundles key on, e.g. {@code ticket.contact.format}
 * @param message an English explanation
 * @param args the values the message mentions (a length, a limit), for translated messages
 */
public record FieldProblem(String field, String code, String message, List<Object> args) {

    public FieldProblem {
        args = List.copyOf(args);
    }

    public FieldProblem(String field, String code, String message) {
        this(field, code, message, List.of());
    }
}
