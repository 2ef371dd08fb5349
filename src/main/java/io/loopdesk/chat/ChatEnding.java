package io.loopdesk.chat;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.tenant.Tenants;
import io.loopdesk.ticket.Attachments;
import io.loopdesk.ticket.OpenTicket;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.Upload;
import io.loopdesk.ticket.value.Channel;
import io.loopdesk.ticket.value.MessageKind;
import io.loopdesk.ticket.view.TicketView;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Ends a chat, by the visitor or an agent, and files its transcript on a new CHAT ticket (every message with its
 * time and author), where it is searched, reported and followed up like any other ticket.
 */
@Service
public class ChatEnding {

    private final Chats chats;
    private final Tickets tickets;
    private final Tenants tenants;
    private final ChatRouting routing;
    private final ChatFiles files;
    private final Attachments attachments;
    private final ApplicationEventPublisher events;

    ChatEnding(
            Chats chats,
            Tickets tickets,
            Tenants tenants,
            ChatRouting routing,
            ChatFiles files,
            Attachments attachments,
            ApplicationEventPublisher events) {
        this.chats = chats;
        this.files = files;
        this.attachments = attachments;
        this.tickets = tickets;
        this.tenants = tenants;
        this.routing = routing;
        this.events = events;
    }

    /**
     * Ends chat {@code chatId} of the current tenant; {@code agent} is who ended it (null: the visitor). The
     * transcript is filed by the agent who ended it, or by Loopdesk itself. Both sides and the consoles are told,
     * and the agent's freed seat goes to the next waiting chat.
     */
    public ChatView end(long chatId, @Nullable Actor agent) {
        ChatView ended = file(chatId, agent);
        events.publishEvent(new ChatChanged(ended));
        routing.route(ended.tenantId());
        return ended;
    }

    private ChatView file(long chatId, @Nullable Actor agent) {
        Chats.Ended ended = chats.close(chatId);
        if (ended.lines().isEmpty()) {
            return ended.chat(); // already ended, or nothing was said: no ticket to file
        }
        ChatView chat = ended.chat();
        ZoneId zone = tenants.byId(chat.tenantId()).map(TenantInfo::timeZone).orElse(ZoneId.of("Asia/Shanghai"));
        Transcript transcript = Transcript.of(chat, ended.lines(), zone);
        Actor filer = agent != null ? agent : Actor.system(TenantScope.current());
        TicketView ticket = tickets.open(
                chat.tenantId(),
                Channel.CHAT,
                OpenTicket.builder()
                        .customer(chat.visitorName(), chat.visitorName(), null)
                        .requesterId(chat.customerId())
                        .location(chat.source())
                        .title(transcript.title())
                        .description(transcript.parts().getFirst())
                        .firstReceivedAt(chat.startedAt())
                        .build(),
                filer);
        transcript.parts().stream()
                .skip(1)
                .forEach(part -> tickets.addMessage(ticket.number(), MessageKind.INTERNAL_NOTE, part, filer));
        for (Upload screenshot : files.all(chatId)) {
            try {
                attachments.attach(ticket.number(), null, List.of(screenshot), filer);
            } catch (DomainException overTheTicketsLimit) {
                // the transcript names it; the chat's own copy stays readable from the console
            }
        }
        return chats.filed(chatId, ticket.number());
    }
}
