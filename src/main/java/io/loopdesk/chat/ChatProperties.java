package io.loopdesk.chat;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code loopdesk.chat.*}: live chat.
 *
 * @param messagesPerMinute messages one participant may send per node and minute (bursts of a tenth of it)
 * @param startsPerMinute chats one client address may start, and messages it may leave, per node and minute
 * @param relay the STOMP broker several nodes share; without a host each node delivers only to its own connections
 */
@ConfigurationProperties("loopdesk.chat")
public record ChatProperties(
        @DefaultValue("60") int messagesPerMinute,
        @DefaultValue("30") int startsPerMinute,
        @DefaultValue Relay relay) {

    /**
     * RabbitMQ's STOMP plugin ({@code rabbitmq-plugins enable rabbitmq_stomp}), through which a visitor on one node
     * talks to an agent on another.
     *
     * @param host empty: the in-process broker of each node
     */
    public record Relay(
            @Nullable String host,
            @DefaultValue("61613") int port,
            @DefaultValue("guest") String login,
            @DefaultValue("guest") String passcode,
            @DefaultValue("/") String virtualHost) {

        public boolean enabled() {
            return host != null && !host.isBlank();
        }
    }
}
