package io.loopdesk.chat;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.view.TicketView;
import org.springframework.stereotype.Service;

/**
 * When nobody is on duty to chat, a visitor leaves a message instead; it becomes a CHAT ticket at once, with the
 * contact they gave, and is answered like any ticket.
 */
@Service
public class LeftMessages {

    private final Tickets tickets;

    LeftMessages(Tickets tickets) {
        this.tickets = tickets;
    }

    /**
     * The ticket the message became.
     *
     * @throws io.loopdesk.ticket.TicketValidationException naming each field that breaks the ticket's rules;
     *     nothing is stored
     */
    public TicketView leave(TenantInfo desk, String name, String contact, String message) {
        String text = message.strip();
        return TenantScope.inTenant(
                desk.id(),
                () -> tickets.open(
                        desk.id(),
                        Channel.CHAT,
                        OpenTicket.builder()
                                .customer(name.strip(), name.strip(), contact.strip())
                                .title(Transcript.titleOf(text))
                                .description(text)
                                .build(),
                        Actor.system(desk.id())));
    }
}
