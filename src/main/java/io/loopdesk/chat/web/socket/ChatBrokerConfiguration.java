package io.loopdesk.chat.web.socket;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.support.AbstractSubscribableChannel;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.DelegatingWebSocketMessageBrokerConfiguration;

/**
 * Spring's STOMP-over-WebSocket set-up, which {@code @EnableWebSocketMessageBroker} would import, applying every
 * {@code WebSocketMessageBrokerConfigurer} ({@link ChatSocketConfiguration}, Spring Boot's JSON converter) as that
 * does; it differs only in the connections' handler, {@link ChatSocketHandler}, so that a refusal reaches its client.
 */
@Configuration(proxyBeanMethods = false)
class ChatBrokerConfiguration extends DelegatingWebSocketMessageBrokerConfiguration {

    @Bean
    @Override
    public WebSocketHandler subProtocolWebSocketHandler(
            AbstractSubscribableChannel clientInboundChannel, AbstractSubscribableChannel clientOutboundChannel) {
        ChatSocketHandler handler = new ChatSocketHandler(clientInboundChannel, clientOutboundChannel);
        handler.setPhase(getPhase());
        return handler;
    }
}
