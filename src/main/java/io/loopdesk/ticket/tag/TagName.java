package io.loopdesk.ticket.tag;

import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.TicketValidationException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A tag as stored: trimmed, lower case, inner spaces as dashes, 1 to 40 letters, digits, {@code - _ .}. */
public final class TagName {

    static final int MAX = 40;

    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.\\-]{0," + (MAX - 1) + "}");

    private TagName() {}

    /**
     * The tag {@code raw} names.
     *
     * @throws TicketValidationException if it is blank, too long or holds other characters
     */
    public static String of(String raw) {
        String tag = raw.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "-");
        if (!ALLOWED.matcher(tag).matches()) {
            throw new TicketValidationException(List.of(new FieldProblem(
                    "tag",
                    "ticket.tag.format",
                    "A tag is 1 to " + MAX + " letters, digits, dashes, underscores or dots, starting with a letter"
                            + " or a digit.",
                    List.of(MAX))));
        }
        return tag;
    }
}
