package io.loopdesk.notification;

import io.loopdesk.notification.webhook.WebhookPost;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Posts webhook notifications: resolves the endpoint as it is now ({@link WebhookEndpoints}) and posts the
 * notification's body, a JSON event, signed. The notification's id is the event's {@code webhook-id}, the same on
 * every retry, so a receiver drops a repeat.
 */
@Component
class WebhookSender implements NotificationSender {

    static final String PROVIDER = "webhook";

    private final List<WebhookEndpoints> endpoints;
    private final WebhookPost post;

    WebhookSender(List<WebhookEndpoints> endpoints, WebhookPost post) {
        this.endpoints = List.copyOf(endpoints);
        this.post = post;
    }

    @Override
    public NotificationChannel channel() {
        return NotificationChannel.WEBHOOK;
    }

    @Override
    public String deliver(Notification notification) throws DeliveryFailedException {
        WebhookEndpoints.Endpoint endpoint = endpoints.stream()
                .map(owner -> owner.resolve(notification.tenantId(), notification.address()))
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new DeliveryFailedException(
                        "The webhook " + notification.address() + " is gone (removed, or its app revoked)", false));
        post.send(endpoint, messageId(notification.id()), notification.body());
        return PROVIDER;
    }

    /** The {@code webhook-id} of a notification's event. */
    static String messageId(long notificationId) {
        return "msg_" + notificationId;
    }
}
