package io.loopdesk.ticket.side;

import java.time.Instant;
import java.util.List;

/** A side conversation as the ticket page and the API show it, its e-mails oldest first. */
public record SideConversationView(
        long id,
        String ticketNumber,
        String subject,
        String counterpart,
        boolean open,
        String startedBy,
        Instant startedAt,
        Instant updatedAt,
        List<SideMessageView> messages) {

    public SideConversationView {
        messages = List.copyOf(messages);
    }
}
