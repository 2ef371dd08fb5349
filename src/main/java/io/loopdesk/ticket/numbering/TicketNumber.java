package io.loopdesk.ticket.numbering;

import io.loopdesk.ticket.InvalidTicketNumberException;
import java.util.regex.Pattern;

/**
 * The number people quote on the phone and in mail subjects: the registration date and a sequence number,
 * e.g. {@code 261123-000042}. The sequence comes from one database sequence, so numbers stay unique however
 * many application nodes hand them out; the date part is only for humans.
 */
public record TicketNumber(String value) {

    static final Pattern FORMAT = Pattern.compile("\\d{6}-\\d{6,}");

    public TicketNumber {
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidTicketNumberException(value);
        }
    }

    /** Whether {@code text} is written like a ticket number (it may still be no ticket's). */
    public static boolean looksLike(String text) {
        return FORMAT.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
