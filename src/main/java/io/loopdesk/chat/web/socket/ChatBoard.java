package io.loopdesk.chat.web.socket;

import io.loopdesk.chat.ChatChanged;
import io.loopdesk.chat.ChatQueueMoved;
import io.loopdesk.chat.ChatView;
import io.loopdesk.chat.QueuePlace;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the participants and the consoles what became of a chat: a chat that started, was given to an agent, was
 * escalated or ended goes to its own destination {@code /topic/chat.{id}} and to the console's live list of the
 * tenant's chats on {@code /topic/chats.{tenant}}; a waiting chat's new place in the queue goes to its own
 * destination.
 */
@Component
class ChatBoard {

    private final ChatBroadcast broadcast;

    ChatBoard(ChatBroadcast broadcast) {
        this.broadcast = broadcast;
    }

    /** Where the tenant's staff hear of chats. */
    static String destination(long tenantId) {
        return "/topic/chats." + tenantId;
    }

    @EventListener
    void on(ChatChanged changed) {
        ChatView chat = changed.chat();
        // the chat's own destination reaches its visitor too: no staff notes there; the consoles read the board
        broadcast.send("/topic/chat." + chat.id(), chat.forVisitor());
        broadcast.send(destination(chat.tenantId()), chat);
    }

    @EventListener
    void on(ChatQueueMoved moved) {
        for (QueuePlace place : moved.places()) {
            broadcast.send("/topic/chat." + place.chatId(), place);
        }
    }
}
