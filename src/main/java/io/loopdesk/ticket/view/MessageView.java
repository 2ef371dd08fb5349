package io.loopdesk.ticket.view;

import io.loopdesk.ticket.value.MessageKind;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A message on a ticket's timeline. */
public record MessageView(
        long id,
        MessageKind kind,
        @Nullable Long authorId,
        String authorName,
        boolean fromCustomer,
        String body,
        Instant createdAt) {}
