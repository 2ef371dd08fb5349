package io.loopdesk.notification.webhook;

import io.loopdesk.notification.DeliveryFailedException;
import io.loopdesk.notification.NotificationProperties;
import io.loopdesk.notification.WebhookEndpoints;
import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * One signed POST of a webhook event. A 2xx answer is delivered; {@code 410 Gone} means the receiver wants no more
 * (given up); anything else, or no answer, is tried again by the outbox. Redirects are not followed, and unless
 * {@code loopdesk.notification.webhook.allow-private-network} is set an endpoint on this machine or the private
 * network is refused for good: a tenant admin chooses the URL, and must not reach into Loopdesk's own network.
 */
@Component
public class WebhookPost {

    /** How much of a refusing endpoint's answer the delivery log keeps. */
    private static final int ANSWER_SHOWN = 200;

    private final HttpClient http;
    private final NotificationProperties.Webhook settings;
    private final Clock clock;

    WebhookPost(NotificationProperties properties, Clock clock) {
        this.settings = properties.webhook();
        this.clock = clock;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.timeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Posts {@code body} to the endpoint as message {@code id}, signed with its secret. */
    public void send(WebhookEndpoints.Endpoint endpoint, String id, String body) throws DeliveryFailedException {
        URI url = endpoint.url();
        checkReachable(url);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("User-Agent", "Loopdesk-Webhooks/1")
                .header("webhook-id", id)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", WebhookSignature.sign(endpoint.signingSecret(), id, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DeliveryFailedException("Webhook endpoint " + url.getHost() + " unreachable: " + e, true);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailedException("Interrupted while posting a webhook", true);
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        String answer = response.body() == null ? "" : response.body().strip();
        throw new DeliveryFailedException(
                "Webhook endpoint answered " + status + (answer.isEmpty() ? "" : ": " + shortened(answer)),
                status != 410);
    }

    /**
     * Refuses an address that is not http(s), or (unless allowed) on this machine or a private network: whatever a
     * tenant admin types as an address Loopdesk posts to is checked here, webhooks and IM robots alike.
     */
    public void checkReachable(URI url) throws DeliveryFailedException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || url.getHost() == null) {
            throw new DeliveryFailedException("Not an http(s) URL: " + url, false);
        }
        if (settings.allowPrivateNetwork()) {
            return;
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(url.getHost());
        } catch (UnknownHostException e) {
            // a name server that is down now may answer later
            throw new DeliveryFailedException("Unknown webhook host " + url.getHost(), true);
        }
        for (InetAddress address : addresses) {
            if (isPrivate(address)) {
                throw new DeliveryFailedException(
                        "The webhook host " + url.getHost() + " is on a private network (" + address.getHostAddress()
                                + "); set loopdesk.notification.webhook.allow-private-network to allow it",
                        false);
            }
        }
    }

    /** Whether {@code address} is this machine, the local network or a private range. */
    static boolean isPrivate(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // unique local addresses, fc00::/7, are IPv6's private ranges
            return (bytes[0] & 0xfe) == 0xfc;
        }
        // carrier-grade NAT, 100.64.0.0/10, is not the public internet either
        return (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
    }

    private static String shortened(String answer) {
        return answer.length() > ANSWER_SHOWN ? answer.substring(0, ANSWER_SHOWN) + "…" : answer;
    }
}
