package io.loopdesk.ticket.relation;

import io.loopdesk.ticket.value.TicketStatus;
import java.time.Instant;

/**
 * An open ticket of the same customer that may ask the same thing, with how alike the two read (0–1, the overlap of
 * their character pairs, which works for Chinese as for English); {@code likely} from {@value #LIKELY}.
 */
public record DuplicateSuggestion(
        String number, String title, TicketStatus status, Instant registeredAt, double similarity) {

    public static final double LIKELY = 0.3;

    public boolean likely() {
        return similarity >= LIKELY;
    }

    /** The similarity in whole per cent, as pages show it. */
    public int percent() {
        return (int) Math.round(similarity * 100);
    }
}
