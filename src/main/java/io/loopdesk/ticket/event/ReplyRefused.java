package io.loopdesk.ticket.event;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A member of staff's public reply was refused before any customer read it (abusive words). Published in the
 * transaction that refuses it, which rolls back: the ticket module records the refusal in the ticket's history
 * afterwards, in a transaction of its own.
 *
 * @param words the words that refused it
 */
public record ReplyRefused(
        long ticketId,
        String number,
        long tenantId,
        @Nullable Long writerId,
        String words,
        Instant at) {}
