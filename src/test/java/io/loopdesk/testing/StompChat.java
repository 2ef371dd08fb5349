package io.loopdesk.testing;

import java.lang.reflect.Type;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.messaging.converter.CompositeMessageConverter;
import org.springframework.messaging.converter.JacksonJsonMessageConverter;
import org.springframework.messaging.converter.StringMessageConverter;
import org.springframework.messaging.simp.stomp.StompFrameHandler;
import org.springframework.messaging.simp.stomp.StompHeaders;
import org.springframework.messaging.simp.stomp.StompSession;
import org.springframework.messaging.simp.stomp.StompSessionHandlerAdapter;
import org.springframework.web.socket.WebSocketHttpHeaders;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.messaging.WebSocketStompClient;
import tools.jackson.databind.JsonNode;

/**
 * A real STOMP client on the chat socket, as the widget and the agent console are: frames received on each
 * subscription are queued for the test to take; an ERROR frame's message is kept.
 */
public final class StompChat implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(10);
    /** Longer, as a refusal waits on a database read that a loaded CI machine may hold up; an answer ends it early. */
    private static final Duration ERROR_WAIT = Duration.ofSeconds(30);

    private final BlockingQueue<String> errors = new LinkedBlockingQueue<>();
    private final WebSocketStompClient client;
    private @Nullable StompSession session;

    private StompChat() {
        client = new WebSocketStompClient(new StandardWebSocketClient());
        // ERROR frames are text; everything else is JSON
        client.setMessageConverter(new CompositeMessageConverter(
                List.of(new StringMessageConverter(), new JacksonJsonMessageConverter())));
    }

    /** A visitor holding {@code token}, writing in {@code language}. */
    public static StompChat visitor(String baseUrl, String token, String language) {
        StompHeaders connect = new StompHeaders();
        connect.add("visitor-token", token);
        connect.add("accept-language", language);
        return open(baseUrl, new WebSocketHttpHeaders(), connect);
    }

    /** A member of staff in their signed-in browser session. */
    public static StompChat staff(String baseUrl, WebSession signedIn, String language) {
        WebSocketHttpHeaders handshake = new WebSocketHttpHeaders();
        handshake.add("Cookie", signedIn.cookieHeader());
        StompHeaders connect = new StompHeaders();
        connect.add("accept-language", language);
        return open(baseUrl, handshake, connect);
    }

    private static StompChat open(String baseUrl, WebSocketHttpHeaders handshake, StompHeaders connect) {
        StompChat chat = new StompChat();
        URI uri = URI.create(baseUrl.replaceFirst("^http", "ws") + "/chat/socket");
        var connecting = chat.client.connectAsync(uri, handshake, connect, new StompSessionHandlerAdapter() {
            @Override
            public void handleFrame(StompHeaders headers, @Nullable Object payload) {
                chat.errors.add(String.valueOf(headers.getFirst("message")));
            }

            @Override
            public Type getPayloadType(StompHeaders headers) {
                return String.class;
            }
        });
        try {
            chat.session = connecting.get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception refusedOrLost) {
            // a refused CONNECT ends in an ERROR frame (kept in errors) and a closed connection
        }
        return chat;
    }

    /** Whether the server accepted the CONNECT. */
    public boolean connected() {
        return session != null && session.isConnected();
    }

    /** The message of the next ERROR frame, or null if none came within the wait. */
    public @Nullable String nextError() throws InterruptedException {
        return errors.poll(ERROR_WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Subscribes to {@code destination}; its frames arrive on the returned queue. */
    public BlockingQueue<JsonNode> subscribe(String destination) {
        BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        session().subscribe(destination, new StompFrameHandler() {
            @Override
            public Type getPayloadType(StompHeaders headers) {
                return JsonNode.class;
            }

            @Override
            public void handleFrame(StompHeaders headers, @Nullable Object payload) {
                frames.add((JsonNode) payload);
            }
        });
        return frames;
    }

    public void send(String destination, Map<String, ?> payload) {
        session().send(destination, payload);
    }

    /** The next frame on {@code frames}, waiting a little; fails the test if none comes. */
    public static JsonNode next(BlockingQueue<JsonNode> frames) throws InterruptedException {
        JsonNode frame = frames.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (frame == null) {
            throw new AssertionError("no frame arrived within " + WAIT);
        }
        return frame;
    }

    /**
     * The next frame on {@code frames} that has {@code field}, passing over others: a chat's destination carries its
     * messages ({@code seq}), its changes ({@code status}) and its place in the queue ({@code position}).
     */
    public static JsonNode next(BlockingQueue<JsonNode> frames, String field) throws InterruptedException {
        for (int skipped = 0; skipped < 20; skipped++) {
            JsonNode frame = next(frames);
            if (frame.has(field)) {
                return frame;
            }
        }
        throw new AssertionError("no frame with " + field + " among the next 20");
    }

    /** Everything on {@code frames} that arrives within {@code quiet}. */
    public static List<JsonNode> drain(BlockingQueue<JsonNode> frames, Duration quiet) throws InterruptedException {
        List<JsonNode> all = new java.util.ArrayList<>();
        JsonNode frame;
        while ((frame = frames.poll(quiet.toMillis(), TimeUnit.MILLISECONDS)) != null) {
            all.add(frame);
        }
        return all;
    }

    private StompSession session() {
        if (session == null) {
            throw new IllegalStateException("not connected");
        }
        return session;
    }

    @Override
    public void close() {
        if (session != null && session.isConnected()) {
            try {
                session.disconnect();
            } catch (RuntimeException closedByTheServer) {
                // the server ended the connection after an ERROR frame; nothing left to say goodbye to
            }
        }
        client.stop();
    }
}
