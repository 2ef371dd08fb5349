package io.loopdesk.chat.web.socket;

import io.loopdesk.chat.ChatView;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * The agent console's live list of a tenant's open chats: a chat is announced on {@code /topic/chats.{tenant}} when it
 * starts and whenever its state changes (an agent joined, it ended).
 */
@Component
public class ChatBoard {

    private final SimpMessagingTemplate broker;

    ChatBoard(SimpMessagingTemplate broker) {
        this.broker = broker;
    }

    /** Where the tenant's staff hear of chats. */
    public static String destination(long tenantId) {
        return "/topic/chats." + tenantId;
    }

    public void announce(ChatView chat) {
        broker.convertAndSend(destination(chat.tenantId()), chat);
    }
}
