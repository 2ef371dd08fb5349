package io.loopdesk.ticket.query;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.FieldProblem;
import io.loopdesk.ticket.TicketQuery;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.KeysetScrollPosition;
import org.springframework.data.domain.ScrollPosition;

/** Turns a keyset position (a time and an id) into an opaque cursor string and back. */
public final class TicketCursor {

    private TicketCursor() {}

    public static String encode(TicketQuery.Order order, KeysetScrollPosition position) {
        Instant at = (Instant) position.getKeys().get(order.property());
        Object id = position.getKeys().get("id");
        String raw = order.name() + ":" + at.getEpochSecond() + ":" + at.getNano() + ":" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    public static KeysetScrollPosition decode(TicketQuery.Order order, String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":");
            if (parts.length != 4 || !parts[0].equals(order.name())) {
                throw new InvalidCursorException();
            }
            Instant at = Instant.ofEpochSecond(Long.parseLong(parts[1]), Long.parseLong(parts[2]));
            return ScrollPosition.forward(Map.of(order.property(), at, "id", Long.parseLong(parts[3])));
        } catch (IllegalArgumentException | DateTimeException | ArithmeticException e) {
            // not base64, not numbers, or a time beyond what an Instant holds: not a cursor we handed out
            throw new InvalidCursorException();
        }
    }

    /** A cursor we did not hand out, or one from a list in another order. */
    static final class InvalidCursorException extends DomainException {
        InvalidCursorException() {
            super(
                    Kind.INVALID,
                    "The cursor is not valid for this list; start again without one.",
                    List.of(new FieldProblem(
                            "cursor",
                            "ticket.cursor.invalid",
                            "The cursor is not valid for this list; start again without one.")));
        }
    }
}
