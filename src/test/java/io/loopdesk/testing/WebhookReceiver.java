package io.loopdesk.testing;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A webhook receiver on this machine, as a tenant's or an app's server would be: it keeps every POST with its
 * Standard Webhooks headers, answers 200, or 503 as many times as it is told to refuse, and checks signatures with
 * its own HMAC, not Loopdesk's code.
 */
public final class WebhookReceiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger refuseNext = new AtomicInteger();
    private volatile int refusal = 503;
    private final HttpServer server;

    /** One POST as received. */
    public record Received(String path, String id, String timestamp, String signature, String body, int answered) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String type() {
            return json().get("type").asString();
        }

        /** Whether the signature is the one {@code secret} gives this event. */
        public boolean signedWith(String secret) {
            return signature.equals(sign(secret, id, timestamp, body));
        }
    }

    public WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            int answer = refuseNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? refusal : 200;
            received.add(new Received(
                    exchange.getRequestURI().getPath(),
                    exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8),
                    answer));
            exchange.sendResponseHeaders(answer, -1);
            exchange.close();
        });
        server.start();
    }

    /** The address of {@code path} on this receiver. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The POSTs to {@code path}, oldest first. */
    public List<Received> at(String path) {
        return received.stream().filter(event -> event.path().equals(path)).toList();
    }

    public List<Received> all() {
        return List.copyOf(received);
    }

    /** Answers the next {@code times} POSTs with 503, which the sender tries again. */
    public void refuse(int times) {
        refuse(times, 503);
    }

    /** Answers the next {@code times} POSTs with {@code status} (410 Gone: the sender gives up at once). */
    public void refuse(int times, int status) {
        refusal = status;
        refuseNext.set(times);
    }

    /** What a receiver computes to check a Standard Webhooks signature. */
    public static String sign(String secret, String id, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
            return "v1,"
                    + Base64.getEncoder()
                            .encodeToString(
                                    mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
