package io.loopdesk.chat.web.socket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;

/**
 * The race that lost refusals: one thread is still writing to the socket when another queues an ERROR frame and
 * closes the connection. The ERROR must go out before the close.
 */
class ChatSocketHandlerTest {

    @Test
    void aFrameQueuedBehindAnotherWriteIsSentBeforeTheConnectionCloses() throws Exception {
        Socket socket = new Socket();
        var session = new ChatSocketHandler.LastWordsSession(socket.session, 10_000, 512 * 1024);

        socket.closeDuring(session);

        assertThat(socket.texts()).containsExactly("CONNECTED", "ERROR");
        assertThat(socket.closed).isTrue();
    }

    @Test
    void springsOwnDecoratorDropsIt() throws Exception {
        // the behaviour LastWordsSession exists for; if Spring fixes it, LastWordsSession can go
        Socket socket = new Socket();
        var session = new ConcurrentWebSocketSessionDecorator(socket.session, 10_000, 512 * 1024);

        socket.closeDuring(session);

        assertThat(socket.texts()).containsExactly("CONNECTED");
    }

    /** A connection whose first write blocks until the test lets it go, recording what reached the wire. */
    private static final class Socket {
        final WebSocketSession session = mock(WebSocketSession.class);
        final List<WebSocketMessage<?>> sent = new CopyOnWriteArrayList<>();
        final CountDownLatch writing = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean closed;

        Socket() throws Exception {
            when(session.isOpen()).thenAnswer(call -> !closed);
            doAnswer(call -> {
                        sent.add(call.getArgument(0));
                        if (sent.size() == 1) {
                            writing.countDown();
                            release.await(10, TimeUnit.SECONDS);
                        }
                        return null;
                    })
                    .when(session)
                    .sendMessage(any());
            doAnswer(call -> closed = true).when(session).close(any(CloseStatus.class));
        }

        /** CONNECTED is being written when ERROR is queued and the connection closed; then the write ends. */
        void closeDuring(ConcurrentWebSocketSessionDecorator decorated) throws Exception {
            // threads of their own: the common pool may have a single one on a small machine
            try (ExecutorService threads = Executors.newCachedThreadPool()) {
                closeDuring(decorated, threads);
            }
        }

        private void closeDuring(ConcurrentWebSocketSessionDecorator decorated, ExecutorService threads)
                throws Exception {
            CompletableFuture<Void> connected = CompletableFuture.runAsync(() -> send(decorated, "CONNECTED"), threads);
            assertThat(writing.await(10, TimeUnit.SECONDS)).isTrue();
            send(decorated, "ERROR");
            CompletableFuture<Void> closing = CompletableFuture.runAsync(
                    () -> {
                        try {
                            decorated.close(CloseStatus.PROTOCOL_ERROR);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                    },
                    threads);
            Thread.sleep(100); // the close has begun while CONNECTED is still being written
            release.countDown();
            connected.get(10, TimeUnit.SECONDS);
            closing.get(10, TimeUnit.SECONDS);
        }

        List<String> texts() {
            return sent.stream()
                    .filter(TextMessage.class::isInstance)
                    .map(m -> ((TextMessage) m).getPayload())
                    .toList();
        }

        private static void send(ConcurrentWebSocketSessionDecorator decorated, String frame) {
            try {
                decorated.sendMessage(new TextMessage(frame));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
