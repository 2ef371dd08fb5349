package io.loopdesk.chat.web.socket;

import io.loopdesk.chat.ChatProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * The chat's STOMP endpoint and its broker: each node's own in-process broker, or RabbitMQ shared by every node
 * ({@code loopdesk.chat.relay.host}). {@link ChatBrokerConfiguration} applies it.
 */
@Configuration(proxyBeanMethods = false)
class ChatSocketConfiguration implements WebSocketMessageBrokerConfigurer {

    /** A frame larger than this closes the connection; a message's own limit is checked (and refused) below it. */
    private static final int MAX_FRAME = 16 * 1024;

    /**
     * Destinations whose subscribers the in-process broker remembers: one per chat, so past Spring's default of 1,024
     * busy chats every message would be matched against every subscription of the node (bench/RESULTS.md, chat).
     */
    private static final int BROKER_CACHE = 65_536;

    /** Threads handling clients' frames: each message is a short transaction, so about the database pool's size. */
    private static final int INBOUND_THREADS = 8;

    /** Threads writing frames to clients. */
    private static final int OUTBOUND_THREADS = 8;

    private final ChatAccess access;
    private final ChatProperties properties;

    ChatSocketConfiguration(ChatAccess access, ChatProperties properties) {
        this.access = access;
        this.properties = properties;
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        // brands embed the chat in their own sites and apps' web views; visitors prove themselves by token, not by
        // cookie, and staff sessions' cookies are SameSite=Lax, which another site's WebSocket never carries
        registry.addEndpoint("/chat/socket").setAllowedOriginPatterns("*");
        // a client's messages are handled in the order it sent them, not in whichever order the pool's threads ran
        registry.setPreserveReceiveOrder(true);
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        ChatProperties.Relay relay = properties.relay();
        if (relay.enabled()) {
            // every node relays to RabbitMQ, so a message published on one reaches subscribers on all; a refusal for
            // one connection goes to its own queue there, and the nodes tell each other who is connected where
            registry.enableStompBrokerRelay("/topic", "/queue")
                    .setRelayHost(relay.host())
                    .setRelayPort(relay.port())
                    .setClientLogin(relay.login())
                    .setClientPasscode(relay.passcode())
                    .setSystemLogin(relay.login())
                    .setSystemPasscode(relay.passcode())
                    .setVirtualHost(relay.virtualHost())
                    .setUserDestinationBroadcast("/topic/chat-unresolved-user")
                    .setUserRegistryBroadcast("/topic/chat-user-registry");
        } else {
            registry.enableSimpleBroker("/topic", "/queue");
        }
        registry.setCacheLimit(BROKER_CACHE);
        registry.setApplicationDestinationPrefixes("/app");
        registry.setUserDestinationPrefix("/user");
        // and each client receives in the order the messages were published to it
        registry.setPreservePublishOrder(true);
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        registration.interceptors(access);
        // the chat's own threads, not the application's background pool: a burst of after-commit work elsewhere
        // must not hold up messages, nor chat traffic the background work
        registration.taskExecutor().corePoolSize(INBOUND_THREADS).maxPoolSize(INBOUND_THREADS);
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        registration.taskExecutor().corePoolSize(OUTBOUND_THREADS).maxPoolSize(OUTBOUND_THREADS);
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        registration.setMessageSizeLimit(MAX_FRAME);
    }
}
