package io.loopdesk.ticket.secret;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A secret that was hidden in a ticket's text, without its value.
 *
 * @param messageId the message it was in, or {@code null} for the ticket's title and description
 * @param kind {@code password} or {@code key}
 */
public record SecretView(long id, @Nullable Long messageId, String kind, Instant createdAt) {}
