package io.loopdesk.chat.web.socket;

import io.loopdesk.chat.ChatEnding;
import io.loopdesk.chat.ChatLine;
import io.loopdesk.chat.ChatRefusedException;
import io.loopdesk.chat.ChatView;
import io.loopdesk.chat.Chats;
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
import org.springframework.messaging.simp.SimpMessagingTemplate;
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
    private final ChatAccess access;
    private final ChatRateLimit rateLimit;
    private final SimpMessagingTemplate broker;
    private final MessageSource messages;
    private final ChatBoard board;
    private final ChatEnding ending;

    ChatMessaging(
            Chats chats,
            ChatAccess access,
            ChatRateLimit rateLimit,
            SimpMessagingTemplate broker,
            MessageSource messages,
            ChatBoard board,
            ChatEnding ending) {
        this.board = board;
        this.ending = ending;
        this.chats = chats;
        this.access = access;
        this.rateLimit = rateLimit;
        this.broker = broker;
        this.messages = messages;
    }

    /** What a client sends: the text and its own id for it, so a resend after a lost connection is not doubled. */
    record Outgoing(@Nullable String clientId, @Nullable String body) {}

    /** A refusal of the sender's own message. */
    record ChatError(String code, String message, @Nullable String clientId) {}

    @MessageMapping("/chat.{chatId}")
    void send(@DestinationVariable long chatId, @Payload Outgoing outgoing, Principal user) {
        ChatParticipant participant = participant(chatId, user);
        if (!rateLimit.take(participant.getName())) {
            throw ChatRefusedException.tooFast();
        }
        String body = outgoing.body() == null ? "" : outgoing.body();
        ChatLine line = TenantScope.inTenant(
                participant.tenantId(),
                () -> participant.agent() != null
                        ? chats.fromAgent(chatId, participant.agent(), outgoing.clientId(), body)
                        : chats.fromVisitor(chatId, outgoing.clientId(), body));
        broker.convertAndSend("/topic/chat." + chatId, line);
        if (participant.agent() != null && line.seq() > 0) {
            ChatView chat = TenantScope.inTenant(participant.tenantId(), () -> chats.get(chatId));
            if (chat.firstResponseAt() != null && chat.firstResponseAt().equals(line.sentAt())) {
                board.announce(chat); // an agent joined: the other consoles see it taken
            }
        }
    }

    /**
     * Ends the chat, by either side: its transcript is filed on a CHAT ticket, and both sides and the consoles are
     * told (the chat, now ended, with its ticket's number).
     */
    @MessageMapping("/chat.{chatId}.end")
    void end(@DestinationVariable long chatId, Principal user) {
        ChatParticipant participant = participant(chatId, user);
        ChatView chat = TenantScope.inTenant(participant.tenantId(), () -> ending.end(chatId, participant.agent()));
        broker.convertAndSend("/topic/chat." + chatId, chat);
        board.announce(chat);
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

    private ChatParticipant participant(long chatId, Principal user) {
        if (access.chatOf("/app/chat." + chatId, user).isEmpty()) {
            throw new MessageDeliveryException("chat.refused.subscription");
        }
        return (ChatParticipant) user;
    }
}
