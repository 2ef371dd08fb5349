package io.loopdesk.chat.web.socket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.MessagingException;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells whoever listens on a chat destination what changed. A chat's lines and states are stored before they are
 * told, and every client reads them again when it (re)subscribes, so a broker that cannot be reached right now (a
 * relay to RabbitMQ still connecting after a node starts, or reconnecting) costs a live update, never the visitor's
 * message or the chat itself: the refusal is logged, not thrown back into the work that stored them.
 */
@Component
public class ChatBroadcast {

    private static final Logger log = LoggerFactory.getLogger(ChatBroadcast.class);

    private final SimpMessagingTemplate broker;

    ChatBroadcast(SimpMessagingTemplate broker) {
        this.broker = broker;
    }

    /** Sends {@code payload} to {@code destination} if the broker takes it. */
    public void send(String destination, Object payload) {
        try {
            broker.convertAndSend(destination, payload);
        } catch (MessagingException unavailable) {
            log.warn(
                    "Could not tell {} of a change; its clients catch up when they subscribe again: {}",
                    destination,
                    unavailable.getMessage());
        }
    }
}
