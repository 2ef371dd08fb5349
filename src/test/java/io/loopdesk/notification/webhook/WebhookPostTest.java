package io.loopdesk.notification.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.loopdesk.notification.DeliveryFailedException;
import io.loopdesk.notification.NotificationProperties;
import io.loopdesk.notification.WebhookEndpoints;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A webhook post against a small receiver on this machine: signed as Standard Webhooks are, answers judged. */
class WebhookPostTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");
    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private final Map<String, String> received = new ConcurrentHashMap<>();
    private final AtomicInteger answer = new AtomicInteger(200);
    private final HttpServer receiver = start();

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void theSignatureIsTheStandardWebhooksOneForItsPublishedExample() {
        // the specification's own example: a receiver's Standard Webhooks library accepts what we sign
        assertThat(WebhookSignature.sign(SECRET, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void anEventIsPostedAsJsonWithItsIdTimeAndSignature() throws Exception {
        post(true).send(endpoint("/hook"), "msg_42", "{\"type\":\"ping\",\"data\":{\"app\":\"门锁\"}}");

        assertThat(received.get("body")).isEqualTo("{\"type\":\"ping\",\"data\":{\"app\":\"门锁\"}}");
        assertThat(received.get("webhook-id")).isEqualTo("msg_42");
        assertThat(received.get("webhook-timestamp")).isEqualTo(Long.toString(NOW.getEpochSecond()));
        assertThat(received.get("webhook-signature"))
                .isEqualTo(WebhookSignature.sign(SECRET, "msg_42", NOW.getEpochSecond(), received.get("body")));
        assertThat(received.get("content-type")).startsWith("application/json");
    }

    @Test
    void aServerErrorIsTriedAgainAndGoneIsGivenUp() {
        answer.set(503);
        assertThatThrownBy(() -> post(true).send(endpoint("/hook"), "msg_1", "{}"))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("503")
                .matches(e -> ((DeliveryFailedException) e).retryable());

        answer.set(410);
        assertThatThrownBy(() -> post(true).send(endpoint("/hook"), "msg_1", "{}"))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("410")
                .matches(e -> !((DeliveryFailedException) e).retryable());
    }

    @Test
    void aRedirectIsNotFollowed() {
        // a redirect could lead to an address the URL itself was not allowed to name
        answer.set(302);
        assertThatThrownBy(() -> post(true).send(endpoint("/hook"), "msg_1", "{}"))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("302");
        assertThat(received)
                .containsOnlyKeys("body", "webhook-id", "webhook-timestamp", "webhook-signature", "content-type");
    }

    @Test
    void anEndpointOnThisMachineIsRefusedForGoodUnlessAllowed() {
        assertThatThrownBy(() -> post(false).send(endpoint("/hook"), "msg_1", "{}"))
                .isInstanceOf(DeliveryFailedException.class)
                .hasMessageContaining("private network")
                .hasMessageContaining("allow-private-network")
                .matches(e -> !((DeliveryFailedException) e).retryable());
        assertThat(received).as("nothing was posted").isEmpty();
    }

    @Test
    void onlyHttpUrlsArePosted() {
        assertThatThrownBy(() -> post(true)
                        .send(new WebhookEndpoints.Endpoint(URI.create("ftp://example.com/x"), SECRET), "m", "{}"))
                .isInstanceOf(DeliveryFailedException.class)
                .matches(e -> !((DeliveryFailedException) e).retryable());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "10.1.2.3",
                "172.16.0.9",
                "192.168.1.1",
                "169.254.169.254",
                "0.0.0.0",
                "100.64.0.1",
                "::1",
                "fd12:3456::1",
                "fe80::1"
            })
    void privateAddressesAreRecognised(String address) throws Exception {
        assertThat(WebhookPost.isPrivate(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"8.8.8.8", "203.0.113.7", "100.128.0.1", "2001:4860:4860::8888"})
    void publicAddressesAreNot(String address) throws Exception {
        assertThat(WebhookPost.isPrivate(InetAddress.getByName(address))).isFalse();
    }

    private WebhookPost post(boolean allowPrivateNetwork) {
        NotificationProperties properties = new NotificationProperties(
                "loopdesk@localhost",
                4,
                8,
                Duration.ofSeconds(30),
                2.0,
                Duration.ofHours(6),
                50,
                new NotificationProperties.Sms("logging", null, null, Duration.ofSeconds(5)),
                new NotificationProperties.Webhook(Duration.ofSeconds(5), allowPrivateNetwork));
        return new WebhookPost(properties, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private WebhookEndpoints.Endpoint endpoint(String path) {
        return new WebhookEndpoints.Endpoint(
                URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + path), SECRET);
    }

    private HttpServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                received.put("body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                for (String header : new String[] {"webhook-id", "webhook-timestamp", "webhook-signature"}) {
                    received.put(header, exchange.getRequestHeaders().getFirst(header));
                }
                received.put("content-type", exchange.getRequestHeaders().getFirst("Content-Type"));
                if (answer.get() == 302) {
                    exchange.getResponseHeaders().add("Location", "http://169.254.169.254/latest/meta-data");
                }
                exchange.sendResponseHeaders(answer.get(), -1);
                exchange.close();
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
