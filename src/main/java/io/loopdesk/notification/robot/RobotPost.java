package io.loopdesk.notification.robot;

import io.loopdesk.notification.DeliveryFailedException;
import io.loopdesk.notification.webhook.WebhookPost;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Posts one message to a company-IM group robot in its vendor's documented format, signed where the robot has a
 * secret, and reads the vendor's answer: each answers HTTP 200 with an error code in its JSON, so a 200 is not yet a
 * delivery. The address is checked like a webhook's (no private network unless allowed).
 */
@Component
public class RobotPost {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final WebhookPost webhooks;
    private final ObjectMapper json;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    RobotPost(WebhookPost webhooks, ObjectMapper json, Clock clock) {
        this.webhooks = webhooks;
        this.json = json;
        this.clock = clock;
    }

    public void send(RobotVendor vendor, String url, @Nullable String secret, RobotMessage message)
            throws DeliveryFailedException {
        URI target = URI.create(url);
        webhooks.checkReachable(target);
        long now = clock.millis();
        Map<String, Object> body = switch (vendor) {
            case WECOM -> weCom(message);
            case DINGTALK -> {
                if (secret != null) {
                    target = URI.create(url + (url.contains("?") ? "&" : "?") + "timestamp=" + now + "&sign="
                            + URLEncoder.encode(dingTalkSign(now, secret), StandardCharsets.UTF_8));
                }
                yield dingTalk(message);
            }
            case FEISHU -> feishu(message, secret, now / 1000);
        };
        HttpResponse<String> response;
        try {
            response = http.send(
                    HttpRequest.newBuilder(target)
                            .timeout(TIMEOUT)
                            .header("Content-Type", "application/json; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(
                                    json.writeValueAsString(body), StandardCharsets.UTF_8))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryFailedException("IM robot " + target.getHost() + " unreachable: " + e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("Interrupted while posting to an IM robot", true);
        }
        checkAnswer(vendor, response);
    }

    /** 企业微信: a text message, the staff @-mentioned by their mobile numbers. */
    static Map<String, Object> weCom(RobotMessage message) {
        Map<String, Object> text = new LinkedHashMap<>();
        text.put("content", message.text());
        if (!message.mobiles().isEmpty()) {
            text.put("mentioned_mobile_list", message.mobiles());
        }
        return Map.of("msgtype", "text", "text", text);
    }

    /** 钉钉: a text message; a mention needs both the number in {@code at.atMobiles} and "@number" in the text. */
    static Map<String, Object> dingTalk(RobotMessage message) {
        StringBuilder content = new StringBuilder(message.text());
        message.mobiles().forEach(mobile -> content.append(" @").append(mobile));
        return Map.of(
                "msgtype",
                "text",
                "text",
                Map.of("content", content.toString()),
                "at",
                Map.of("atMobiles", message.mobiles(), "isAtAll", false));
    }

    /** 飞书: a text message; with a secret, the timestamp (seconds) and signature go in the body. */
    static Map<String, Object> feishu(RobotMessage message, @Nullable String secret, long epochSecond) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (secret != null) {
            body.put("timestamp", Long.toString(epochSecond));
            body.put("sign", feishuSign(epochSecond, secret));
        }
        body.put("msg_type", "text");
        body.put("content", Map.of("text", message.text()));
        return body;
    }

    /** 钉钉 加签: HmacSHA256 of "timestamp\nsecret" keyed with the secret, in base64 (URL-encoded by the caller). */
    static String dingTalkSign(long epochMilli, String secret) {
        return hmac(
                secret.getBytes(StandardCharsets.UTF_8), (epochMilli + "\n" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** 飞书 签名校验: HmacSHA256 of nothing, keyed with "timestamp\nsecret", in base64. */
    static String feishuSign(long epochSecond, String secret) {
        return hmac((epochSecond + "\n" + secret).getBytes(StandardCharsets.UTF_8), new byte[0]);
    }

    private static String hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(data));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** Each vendor answers 200 with {@code errcode} (WeCom, DingTalk) or {@code code} (Feishu) 0 when it took it. */
    private void checkAnswer(RobotVendor vendor, HttpResponse<String> response) throws DeliveryFailedException {
        String answer = response.body() == null ? "" : response.body().strip();
        if (response.statusCode() / 100 != 2) {
            throw new DeliveryFailedException(
                    vendor + " robot answered " + response.statusCode() + ": " + shortened(answer), true);
        }
        JsonNode read;
        try {
            read = json.readTree(answer);
        } catch (RuntimeException notJson) {
            throw new DeliveryFailedException(vendor + " robot answered with no JSON: " + shortened(answer), true);
        }
        JsonNode code = vendor == RobotVendor.FEISHU
                ? (read.has("code") ? read.get("code") : read.get("StatusCode"))
                : read.get("errcode");
        if (code == null || code.asInt(-1) != 0) {
            // a wrong key, a bad signature or a message refused: trying the same again would fail the same way,
            // except when the robot is sending too fast (WeCom 45009, DingTalk 130101, Feishu 11232)
            boolean throttled = code != null && List.of(45009, 130101, 11232).contains(code.asInt());
            throw new DeliveryFailedException(vendor + " robot refused the message: " + shortened(answer), throttled);
        }
    }

    private static String shortened(String answer) {
        return answer.length() > 200 ? answer.substring(0, 200) + "…" : answer;
    }
}
