package io.loopdesk.chat.web.socket;

import io.loopdesk.chat.ChatEnding;
import io.loopdesk.chat.ChatLine;
import io.loopdesk.chat.ChatRefusedException;
import io.loopdesk.chat.ChatRouting;
import io.loopdesk.chat.ChatStatus;
import io.loopdesk.chat.ChatView;
import io.loopdesk.chat.Chats;
import io.loopdesk.chat.QueuePlace;
import io.loopdesk.chat.web.ChatRateLimit;
import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageExceptionHandler;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.annotation.SendToUser;
import org.springframework.messaging.simp.annotation.SubscribeMapping;
import org.springframework.stereotype.Controller;

/**
 * The chat's messages over STOMP: a message sent to {@code /app/chat.{id}} is stored, then delivered to everyone
 * subscribed to {@code /topic/chat.{id}}; a refused one (too long, too fast, chat ended) comes back to its sender
 * alone on {@code /user/queue/errors}, in the sender's language, and the connection stays.
 */
@Controller
class ChatMessaging {

    private final Chats chats;
    private final ChatRateLimit rateLimit;
    private final ChatBroadcast broadcast;
    private final MessageSource messages;
    private final ChatEnding ending;
    private final ChatRouting routing;

    ChatMessaging(
            Chats chats,
            ChatRateLimit rateLimit,
            ChatBroadcast broadcast,
            MessageSource messages,
            ChatEnding ending,
            ChatRouting routing) {
        this.ending = ending;
        this.routing = routing;
        this.chats = chats;
        this.rateLimit = rateLimit;
        this.broadcast = broadcast;
        this.messages = messages;
    }

    /** What a client sends: the text and its own id for it, so a resend after a lost connection is not doubled. */
    record Outgoing(@Nullable String clientId, @Nullable String body) {}

    /** A refusal of the sender's own message. */
    record ChatError(String code, String message, @Nullable String clientId) {}

    @MessageMapping("/chat.{chatId}")
    void send(@DestinationVariable long chatId, @Payload Outgoing outgoing, Principal user) {
        ChatParticipant participant = participant(chatId, user);
        if (!rateLimit.takeMessage(participant.getName())) {
            throw ChatRefusedException.tooFast();
        }
        String body = outgoing.body() == null ? "" : outgoing.body();
        Actor agent = participant.agent();
        Chats.Written written = TenantScope.inTenant(
                participant.tenantId(),
                () -> agent != null
                        ? chats.fromAgent(chatId, agent, outgoing.clientId(), body)
                        : new Chats.Written(chats.fromVisitor(chatId, outgoing.clientId(), body), null));
        broadcast.send("/topic/chat." + chatId, written.line());
    }

    /**
     * Ends the chat, by either side: its transcript is filed on a CHAT ticket, and both sides and the consoles are
     * told (the chat, now ended, with its ticket's number: {@link ChatBoard}).
     */
    @MessageMapping("/chat.{chatId}.end")
    void end(@DestinationVariable long chatId, Principal user) {
        ChatParticipant participant = participant(chatId, user);
        TenantScope.inTenant(participant.tenantId(), () -> ending.end(chatId, participant.agent()));
    }

    /** Someone is writing: the other side sees it for a few seconds. Not stored; floods are dropped silently. */
    record Typing(String typing, String name) {}

    @MessageMapping("/chat.{chatId}.typing")
    void typing(@DestinationVariable long chatId, Principal user) {
        ChatParticipant participant = participant(chatId, user);
        if (rateLimit.takeMessage(participant.getName() + ".typing")) {
            Actor agent = participant.agent();
            broadcast.send(
                    "/topic/chat." + chatId,
                    agent != null ? new Typing("AGENT", agent.name()) : new Typing("VISITOR", ""));
        }
    }

    /** What a client reports it has shown: the messages up to {@code seq}. */
    record Read(int seq) {}

    /** The other side's messages are read up to a number: the writer's marks turn to "read". */
    record ReadMark(String read, int seq) {}

    @MessageMapping("/chat.{chatId}.read")
    void read(@DestinationVariable long chatId, @Payload Read read, Principal user) {
        ChatParticipant participant = participant(chatId, user);
        boolean byAgent = participant.agent() != null;
        if (TenantScope.inTenant(participant.tenantId(), () -> chats.read(chatId, byAgent, read.seq()))) {
            broadcast.send("/topic/chat." + chatId, new ReadMark(byAgent ? "AGENT" : "VISITOR", read.seq()));
        }
    }

    /** A chat as a client opening it sees it: its state and, while it waits, its place in the queue. */
    record ChatState(ChatView chat, @Nullable QueuePlace place) {}

    /** The chat's state now: what a client shows before the first change reaches it. */
    @SubscribeMapping("/chat.{chatId}.state")
    ChatState state(@DestinationVariable long chatId, Principal user) {
        ChatParticipant participant = participant(chatId, user);
        return TenantScope.inTenant(participant.tenantId(), () -> {
            ChatView chat = chats.get(chatId);
            return new ChatState(
                    participant.agent() == null ? chat.forVisitor() : chat,
                    chat.status() == ChatStatus.WAITING ? routing.placeOf(chatId) : null);
        });
    }

    /** What came after message {@code seq}: a client resuming after a dropped connection or a reload. */
    @SubscribeMapping("/chat.{chatId}.since.{seq}")
    List<ChatLine> since(@DestinationVariable long chatId, @DestinationVariable int seq, Principal user) {
        ChatParticipant participant = participant(chatId, user);
        return TenantScope.inTenant(participant.tenantId(), () -> chats.since(chatId, seq));
    }

    @MessageExceptionHandler(DomainException.class)
    @SendToUser(destinations = "/queue/errors", broadcast = false)
    ChatError refused(DomainException refusal, @Payload(required = false) @Nullable Outgoing outgoing, Principal user) {
        Locale locale = user instanceof ChatParticipant participant ? participant.locale() : Locale.SIMPLIFIED_CHINESE;
        String code = refusal.phrase() == null ? "error.chat" : refusal.phrase().key();
        String text = refusal.phrase() == null
                ? refusal.getMessage()
                : messages.getMessage(code, refusal.phrase().args().toArray(), refusal.getMessage(), locale);
        return new ChatError(code, text, outgoing == null ? null : outgoing.clientId());
    }

    /**
     * The sender, if it may use chat {@code chatId}: a visitor only its own; an agent any, as every call below runs in
     * the agent's tenant scope, where another tenant's chat does not exist.
     */
    private static ChatParticipant participant(long chatId, Principal user) {
        if (!(user instanceof ChatParticipant participant)
                || (participant.visitorChat() != null && participant.visitorChat() != chatId)) {
            throw new MessageDeliveryException("chat.refused.subscription");
        }
        return participant;
    }
}
