package io.loopdesk.shared;

import java.util.List;

/**
 * A request the domain refuses, with a kind the web layers translate to an HTTP status or a form message. The
 * domain stays free of HTTP; the refusal is a value with a clear message.
 */
public abstract class DomainException extends RuntimeException {

    /** Why the request was refused. */
    public enum Kind {
        /** The thing does not exist, or the caller may not know it exists. */
        NOT_FOUND,
        /** The input breaks a rule; see {@link #problems()}. */
        INVALID,
        /** The thing's current state does not allow it. */
        CONFLICT,
        /** The caller's role does not allow it. */
        FORBIDDEN
    }

    private final Kind kind;
    private final List<FieldProblem> problems;

    protected DomainException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    protected DomainException(Kind kind, String message, List<FieldProblem> problems) {
        super(message);
        this.kind = kind;
        this.problems = List.copyOf(problems);
    }

    public Kind kind() {
        return kind;
    }

    /** Per-field reasons, for forms and API clients to show next to the field. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
