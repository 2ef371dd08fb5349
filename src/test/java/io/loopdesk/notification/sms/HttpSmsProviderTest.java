package io.loopdesk.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.loopdesk.notification.DeliveryFailedException;
import io.loopdesk.notification.NotificationProperties;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The HTTP SMS provider against a small gateway on this machine. */
class HttpSmsProviderTest {

    private final HttpServer gateway = start();
    private final AtomicReference<String> received = new AtomicReference<>();
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicInteger answer = new AtomicInteger(200);

    @AfterEach
    void stop() {
        gateway.stop(0);
    }

    @Test
    void postsTheMessageAsJsonWithTheToken() throws Exception {
        provider("secret").send("13812341234", "您的工单等待回复");

        assertThat(received.get()).contains("\"to\":\"13812341234\"").contains("您的工单等待回复");
        assertThat(authorization.get()).isEqualTo("Bearer secret");
    }

    @Test
    void anErrorAnswerIsARetryableFailure() {
        answer.set(503);

        assertThatThrownBy(() -> provider(null).send("13812341234", "x"))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("503")
                .matches(e -> ((DeliveryFailedException) e).retryable());
    }

    private HttpSmsProvider provider(String token) {
        URI url = URI.create("http://127.0.0.1:" + gateway.getAddress().getPort() + "/sms");
        NotificationProperties properties = new NotificationProperties(
                "loopdesk@localhost",
                4,
                8,
                Duration.ofSeconds(30),
                2.0,
                Duration.ofHours(6),
                50,
                new NotificationProperties.Sms("http", url, token, Duration.ofSeconds(5)),
                new NotificationProperties.Webhook(Duration.ofSeconds(5), false));
        return new HttpSmsProvider(properties, JsonMapper.builder().build());
    }

    private HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/sms", exchange -> {
                received.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
                byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(answer.get(), body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
            return server;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
