package io.loopdesk.intake.feedback;

import io.loopdesk.notification.CustomerApps;
import io.loopdesk.notification.NotificationRequest;
import io.loopdesk.notification.Notifications;
import io.loopdesk.notification.Recipient;
import io.loopdesk.shared.Phrase;
import io.loopdesk.ticket.event.TicketMessageAdded;
import io.loopdesk.ticket.event.TicketProgressRecorded;
import io.loopdesk.ticket.event.TicketStatusChanged;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;

/**
 * Tells an app with a webhook that a ticket it submitted changed: a new status ({@code ticket.status_changed}), a
 * public reply from the desk ({@code ticket.replied}) or progress shown to the customer ({@code ticket.progress}), so the app can show it to its user at once instead of asking
 * again and again; the notices written for its users (received, result with the survey link, closed) come to it as
 * {@code ticket.notice} instead of by e-mail or text message. The event is queued in the notification outbox in the same transaction as the change (no change
 * without its event, no event without its change); the outbox posts it signed and retries it. Events are thin: they
 * say what changed, and the app reads the ticket itself with {@code GET /api/v1/feedback/{number}?userId=}.
 */
@Component
class AppWebhookEvents implements CustomerApps {

    /** How a webhook recipient names an app. */
    static final String ENDPOINT_PREFIX = "app:";

    private final FeedbackSubmissionRepository submissions;
    private final Notifications notifications;
    private final ObjectMapper json;
    private final Clock clock;

    AppWebhookEvents(
            FeedbackSubmissionRepository submissions, Notifications notifications, ObjectMapper json, Clock clock) {
        this.submissions = submissions;
        this.notifications = notifications;
        this.json = json;
        this.clock = clock;
    }

    @EventListener
    void on(TicketStatusChanged changed) {
        for (FeedbackSubmissionRepository.AppUser subscriber :
                submissions.webhookSubscribers(changed.tenantId(), changed.number())) {
            Map<String, Object> data = ticket(changed.number(), subscriber);
            data.put("from", changed.from().name());
            data.put("to", changed.to().name());
            data.put("at", changed.at().toString());
            tell(changed.tenantId(), subscriber.appId(), "ticket.status_changed", data, changed.number());
        }
    }

    @EventListener(condition = "#added.kind().name() == 'PUBLIC_REPLY' and !#added.fromCustomer()")
    void on(TicketMessageAdded added) {
        for (FeedbackSubmissionRepository.AppUser subscriber :
                submissions.webhookSubscribers(added.tenantId(), added.number())) {
            Map<String, Object> data = ticket(added.number(), subscriber);
            data.put("messageId", added.messageId());
            data.put("at", added.at().toString());
            tell(added.tenantId(), subscriber.appId(), "ticket.replied", data, added.number());
        }
    }

    @EventListener(condition = "#recorded.customerVisible()")
    void on(TicketProgressRecorded recorded) {
        for (FeedbackSubmissionRepository.AppUser subscriber :
                submissions.webhookSubscribers(recorded.tenantId(), recorded.number())) {
            Map<String, Object> data = ticket(recorded.number(), subscriber);
            data.put("label", recorded.label().name());
            data.put(
                    "estimatedCompletionAt",
                    recorded.estimatedCompletionAt() == null
                            ? null
                            : recorded.estimatedCompletionAt().toString());
            data.put("at", recorded.at().toString());
            tell(recorded.tenantId(), subscriber.appId(), "ticket.progress", data, recorded.number());
        }
    }

    /** An app with a webhook is told its users' notices too ({@link CustomerApps}): it shows them in the app. */
    @Override
    public Optional<Recipient.Webhook> noticesFor(long tenantId, String ticketNumber) {
        return submissions.webhookSubscribers(tenantId, ticketNumber).stream()
                .findFirst()
                .map(subscriber -> new Recipient.Webhook(ENDPOINT_PREFIX + subscriber.appId()));
    }

    /**
     * Queues the event {@code type} for the app's webhook, in the caller's transaction; returns the notification
     * that carries it.
     */
    long tell(long tenantId, long appId, String type, Map<String, Object> data, @Nullable String ticketNumber) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("type", type);
        event.put("timestamp", clock.instant().toString());
        event.put("data", data);
        return notifications.send(NotificationRequest.now(
                tenantId,
                new Recipient.Webhook(ENDPOINT_PREFIX + appId),
                null,
                Phrase.verbatim(json.writeValueAsString(event)),
                ticketNumber));
    }

    private static Map<String, Object> ticket(String number, FeedbackSubmissionRepository.AppUser subscriber) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ticketNumber", number);
        data.put("userId", subscriber.userId());
        return data;
    }
}
