package io.loopdesk.chat.web.socket;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.SubscribableChannel;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.PingMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.messaging.SubProtocolWebSocketHandler;

/**
 * Spring's handler of STOMP connections, except that a connection closed right after a frame still sends that frame.
 *
 * <p>A refusal is an ERROR frame followed at once by closing the connection. Spring's session decorator lets one
 * thread write at a time and queues what others send meanwhile for the writing thread to pick up; a frame queued
 * just as that thread took its last look at the queue is dropped by the close that follows. On a busy node that is
 * how a visitor subscribing to another chat was disconnected without being told why, about one time in twenty
 * under load. Here the closing thread first sends what is queued, waiting a moment for the writer to let go.
 */
class ChatSocketHandler extends SubProtocolWebSocketHandler {

    ChatSocketHandler(MessageChannel clientInboundChannel, SubscribableChannel clientOutboundChannel) {
        super(clientInboundChannel, clientOutboundChannel);
    }

    @Override
    protected WebSocketSession decorateSession(WebSocketSession session) {
        return new LastWordsSession(session, getSendTimeLimit(), getSendBufferSizeLimit());
    }

    /** A session that sends what is still queued before it closes, unless the client is too slow to take it. */
    static final class LastWordsSession extends ConcurrentWebSocketSessionDecorator {

        /** How long a close waits for another thread's write to end: a busy moment, not a stalled client. */
        private static final Duration FLUSH_WAIT = Duration.ofSeconds(1);

        private static final long RETRY_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

        LastWordsSession(WebSocketSession session, int sendTimeLimit, int bufferSizeLimit) {
            super(session, sendTimeLimit, bufferSizeLimit);
        }

        @Override
        public void close(CloseStatus status) throws IOException {
            long deadline = System.nanoTime() + FLUSH_WAIT.toNanos();
            while (getBufferSize() > 0 && isOpen() && System.nanoTime() < deadline) {
                // the decorator writes its queue only when something is sent; an empty ping (which every client
                // answers on its own) is that something, and it goes after the queued frames
                try {
                    super.sendMessage(new PingMessage());
                } catch (IOException | RuntimeException gone) {
                    break;
                }
                if (getBufferSize() > 0) {
                    LockSupport.parkNanos(RETRY_NANOS);
                }
            }
            super.close(status);
        }
    }
}
