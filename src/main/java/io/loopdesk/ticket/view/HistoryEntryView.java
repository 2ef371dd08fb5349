package io.loopdesk.ticket.view;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a ticket's history. */
public record HistoryEntryView(
        long id,
        @Nullable Long actorId,
        String actorName,
        Instant occurredAt,
        String field,
        @Nullable String oldValue,
        @Nullable String newValue,
        @Nullable String note) {}
