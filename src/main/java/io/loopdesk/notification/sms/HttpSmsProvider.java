package io.loopdesk.notification.sms;

import io.loopdesk.notification.DeliveryFailedException;
import io.loopdesk.notification.NotificationProperties;
import io.loopdesk.notification.SmsProvider;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Sends text messages through an SMS gateway's HTTP API: {@code POST} to {@code loopdesk.notification.sms.url}
 * with {@code {"to": "13812341234", "text": "..."}} and, when a token is set, {@code Authorization: Bearer}. Any 2xx
 * answer means accepted; anything else is retried.
 */
@Component
@ConditionalOnProperty(name = "loopdesk.notification.sms.provider", havingValue = "http")
class HttpSmsProvider implements SmsProvider {

    private final HttpClient http;
    private final NotificationProperties.Sms settings;
    private final URI url;
    private final ObjectMapper json;

    HttpSmsProvider(NotificationProperties properties, ObjectMapper json) {
        this.settings = properties.sms();
        if (settings.url() == null) {
            throw new IllegalStateException(
                    "loopdesk.notification.sms.provider=http needs loopdesk.notification.sms.url");
        }
        this.url = settings.url();
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(settings.timeout()).build();
    }

    @Override
    public String name() {
        return "sms-http";
    }

    @Override
    public void send(String mobile, String text) throws DeliveryFailedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        json.writeValueAsString(Map.of("to", mobile, "text", text)), StandardCharsets.UTF_8));
        if (settings.token() != null && !settings.token().isBlank()) {
            request.header("Authorization", "Bearer " + settings.token());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                String body = response.body();
                throw new DeliveryFailedException(
                        "SMS gateway answered " + response.statusCode() + ": "
                                + (body.length() > 200 ? body.substring(0, 200) : body),
                        true);
            }
        } catch (IOException e) {
            throw new DeliveryFailedException("SMS gateway unreachable: " + e.getMessage(), true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("Interrupted while sending an SMS", true);
        }
    }
}
