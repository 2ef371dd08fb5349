package io.loopdesk.chat.web.socket;

import io.loopdesk.chat.ChatView;
import io.loopdesk.chat.Chats;
import io.loopdesk.identity.Actor;
import io.loopdesk.identity.CurrentActor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.TenantScope;
import java.security.Principal;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Lazy;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageBuilder;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may connect and what they may subscribe to. A visitor connects with the token their chat gave them (header
 * {@code visitor-token}); staff who work chats connect with their signed-in session. A visitor subscribes only to
 * their own chat, an agent only to chats of their tenant and to their tenant's list of open chats. A refusal is an ERROR frame naming why
 * ({@code chat.refused.*}), and the connection ends.
 */
@Component
class ChatAccess implements ChannelInterceptor {

    private static final Logger log = LoggerFactory.getLogger(ChatAccess.class);

    static final String VISITOR_TOKEN = "visitor-token";

    private static final Set<Role> CHAT_STAFF = EnumSet.of(Role.AGENT, Role.SUPERVISOR, Role.TENANT_ADMIN);
    private static final Pattern CHAT_DESTINATION =
            Pattern.compile("/(?:topic|app)/chat\\.(\\d{1,18})(?:\\.since\\.\\d{1,9}|\\.state)?");
    private static final String OWN_ERRORS = "/user/queue/errors";

    private final Chats chats;
    private final MessageChannel toClients;

    ChatAccess(@Lazy Chats chats, @Lazy @Qualifier("clientOutboundChannel") MessageChannel toClients) {
        this.chats = chats;
        this.toClients = toClients;
    }

    @Override
    public @Nullable Message<?> preSend(Message<?> message, MessageChannel channel) {
        StompHeaderAccessor stomp = MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
        if (stomp == null || stomp.getCommand() == null) {
            return message;
        }
        try {
            if (stomp.getCommand() == StompCommand.CONNECT) {
                stomp.setUser(connecting(stomp));
            } else if (stomp.getCommand() == StompCommand.SUBSCRIBE) {
                String destination = stomp.getDestination();
                if (!OWN_ERRORS.equals(destination)
                        && !isOwnBoard(destination, stomp.getUser())
                        && chatOf(destination, stomp.getUser()).isEmpty()) {
                    throw new MessageDeliveryException("chat.refused.subscription");
                }
            }
            return message;
        } catch (MessageDeliveryException refused) {
            return refuse(stomp, String.valueOf(refused.getMessage()));
        } catch (RuntimeException failed) {
            // the check could not be made (the database away, a pool exhausted): refused rather than let through, and
            // said so, so the client does not wait for an answer that never comes
            log.warn("Chat {} of session {} could not be checked", stomp.getCommand(), stomp.getSessionId(), failed);
            return refuse(stomp, "chat.refused.unavailable");
        }
    }

    /**
     * Tells the client why as an ERROR frame, after which the connection closes; a thrown refusal would only be
     * logged, as the inbound channel keeps each client's order through a decorator that swallows it.
     */
    private @Nullable Message<?> refuse(StompHeaderAccessor stomp, String why) {
        StompHeaderAccessor error = StompHeaderAccessor.create(StompCommand.ERROR);
        error.setMessage(why);
        error.setSessionId(stomp.getSessionId());
        toClients.send(MessageBuilder.createMessage(new byte[0], error.getMessageHeaders()));
        return null;
    }

    /** Whether {@code destination} is the list of open chats of the tenant {@code user} works for as staff. */
    private static boolean isOwnBoard(@Nullable String destination, @Nullable Principal user) {
        return user instanceof ChatParticipant participant
                && participant.agent() != null
                && ChatBoard.destination(participant.tenantId()).equals(destination);
    }

    /** The chat of {@code destination} if {@code user} may use it. */
    private Optional<ChatView> chatOf(@Nullable String destination, @Nullable Principal user) {
        if (destination == null || !(user instanceof ChatParticipant participant)) {
            return Optional.empty();
        }
        Matcher chat = CHAT_DESTINATION.matcher(destination);
        if (!chat.matches()) {
            return Optional.empty();
        }
        long chatId = Long.parseLong(chat.group(1));
        if (participant.visitorChat() != null && participant.visitorChat() != chatId) {
            return Optional.empty();
        }
        try {
            return Optional.of(TenantScope.inTenant(participant.tenantId(), () -> chats.get(chatId)));
        } catch (DomainException notThisTenants) {
            return Optional.empty();
        }
    }

    private ChatParticipant connecting(StompHeaderAccessor stomp) {
        String language = stomp.getFirstNativeHeader("accept-language");
        Locale locale = language != null && language.toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
        String token = stomp.getFirstNativeHeader(VISITOR_TOKEN);
        if (token != null) {
            ChatView chat =
                    chats.visitorChat(token).orElseThrow(() -> new MessageDeliveryException("chat.refused.token"));
            return ChatParticipant.visitor(chat.tenantId(), chat.id(), locale);
        }
        // the handshake's principal: the staff member's signed-in session
        Actor staff = stomp.getUser() instanceof Authentication signedIn
                ? CurrentActor.of(signedIn).orElse(null)
                : null;
        if (staff == null || staff.userId() == null || !staff.hasAny(CHAT_STAFF)) {
            throw new MessageDeliveryException("chat.refused.signIn");
        }
        return ChatParticipant.agent(staff, locale);
    }
}
