package io.loopdesk.knowledge.reply;

import io.loopdesk.ticket.value.ProgressLabel;
import io.loopdesk.ticket.value.TicketStatus;
import org.jspecify.annotations.Nullable;

/** A macro as the desk sees it; {@code uses} counts its applications. */
public record MacroView(
        long id,
        String name,
        @Nullable Long templateId,
        @Nullable TicketStatus status,
        @Nullable ProgressLabel progressLabel,
        @Nullable String progressDetails,
        boolean takeTicket,
        long uses) {}
