package io.loopdesk.shared;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request the domain refuses, with a kind the web layers translate to an HTTP status or a form message. The
 * domain stays free of HTTP; the refusal is a value with a clear message, and with a {@link #phrase() phrase} (a
 * message key and its arguments) that pages and the API render in the reader's language.
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
    private final @Nullable Phrase phrase;

    /** A refusal said only in English: readers of every language see {@code message}. */
    protected DomainException(Kind kind, String message) {
        this(kind, message, List.of());
    }

    /** A refusal said as its first field problem says it ({@code error.<code>} in the bundles). */
    protected DomainException(Kind kind, String message, List<FieldProblem> problems) {
        this(kind, problems.isEmpty() ? null : phraseOf(problems.getFirst()), message, problems);
    }

    /**
     * A refusal in the reader's language.
     *
     * @param phrase the refusal as a message key and arguments, e.g. {@code error.ticket.closed}
     * @param message the English text, for logs and for a key that has no translation
     */
    protected DomainException(Kind kind, @Nullable Phrase phrase, String message, List<FieldProblem> problems) {
        super(message);
        this.kind = kind;
        this.problems = List.copyOf(problems);
        this.phrase = phrase;
    }

    public Kind kind() {
        return kind;
    }

    /** Per-field reasons, for forms and API clients to show next to the field. */
    public List<FieldProblem> problems() {
        return problems;
    }

    /** The refusal as a message key and its arguments, or {@code null} when it is said only in English. */
    public @Nullable Phrase phrase() {
        return phrase;
    }

    /** The message of a field problem: {@code error.<code>} with the problem's arguments. */
    public static Phrase phraseOf(FieldProblem problem) {
        return new Phrase(
                "error." + problem.code(),
                problem.args().stream()
                        .map(arg -> arg instanceof Phrase || arg instanceof Number || arg instanceof String
                                ? arg
                                : String.valueOf(arg))
                        .toList());
    }
}
