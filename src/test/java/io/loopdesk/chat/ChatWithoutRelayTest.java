package io.loopdesk.chat;

import static org.assertj.core.api.Assertions.assertThat;

import io.loopdesk.shared.TenantScope;
import io.loopdesk.tenant.TenantInfo;
import io.loopdesk.testing.Api;
import io.loopdesk.testing.Fixtures;
import io.loopdesk.testing.RequiresDatabase;
import io.loopdesk.testing.TestNodes;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A node whose relay cannot reach its message broker (RabbitMQ restarting, or the node just started and not yet
 * connected) still takes chats: the visitor's chat starts and what the visitor sends is stored, ready for whoever
 * subscribes once the broker is back. Only the live update is missed.
 */
@Tag("db")
@ExtendWith(RequiresDatabase.class)
class ChatWithoutRelayTest {

    @Test
    void aChatStartsAndKeepsWhatTheVisitorSendsWhileTheBrokerIsAway() throws Exception {
        int nobodyListens;
        try (ServerSocket socket = new ServerSocket(0)) {
            nobodyListens = socket.getLocalPort();
        }
        try (ConfigurableApplicationContext node = TestNodes.start(
                "chat_no_relay",
                null,
                Map.of("loopdesk.chat.relay.host", "127.0.0.1", "loopdesk.chat.relay.port", nobodyListens))) {
            Fixtures fixtures = Fixtures.outside(node);
            TenantInfo tenant = fixtures.tenant();
            Chats chats = node.getBean(Chats.class);

            VisitorStart start = chats.start(tenant.code(), "断线时的访客");

            Api visitor = fixtures.anonymous()
                    .withHeader("X-Visitor-Token", start.visitorToken())
                    .withHeader("Accept-Language", "zh-CN");
            Api.Response sent = visitor.multipart(
                    "/chat/w/files",
                    Map.of("clientId", "v-1"),
                    List.of(new Api.FilePart("file", "报错截图.png", "image/png", png())));
            assertThat(sent.status()).as(sent.body()).isEqualTo(201);
            assertThat(TenantScope.inTenant(tenant.id(), () -> chats.since(start.chatId(), 0)))
                    .extracting(ChatLine::body)
                    .containsExactly("报错截图.png");
        }
    }

    private static byte[] png() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
