package io.loopdesk.intake.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.intake.feedback.AppWebhooks;
import io.loopdesk.intake.feedback.FeedbackAppView;
import io.loopdesk.intake.feedback.FeedbackApps;
import io.loopdesk.intake.feedback.IssuedAppKey;
import io.loopdesk.intake.feedback.WebhookSet;
import io.loopdesk.notification.NotificationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tenant admins manage the apps that submit feedback: register (key shown once), rotate the key, revoke; give an
 * app a webhook (its signing secret shown once), draw a new secret, remove it, send a test event.
 */
@RestController
@RequestMapping("/api/v1/feedback-apps")
@Tag(name = "App feedback", description = "Feedback from brands' apps, signed in with the app's key")
class FeedbackAppApiController {

    private final FeedbackApps apps;
    private final AppWebhooks webhooks;

    FeedbackAppApiController(FeedbackApps apps, AppWebhooks webhooks) {
        this.apps = apps;
        this.webhooks = webhooks;
    }

    /** A new app. */
    record NewApp(String name, @Nullable String product) {}

    /** Where an app's webhook posts. */
    record WebhookUrl(@Nullable String url) {}

    /** A test event queued; its delivery shows in the app's webhook deliveries. */
    record TestEvent(long notificationId) {}

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an app; the answer's key is shown this once")
    IssuedAppKey register(@RequestBody NewApp app, Actor actor) {
        return apps.register(app.name() == null ? "" : app.name(), app.product(), actor);
    }

    @GetMapping
    @Operation(summary = "The tenant's apps (never their keys)")
    List<FeedbackAppView> list(Actor actor) {
        return apps.list(actor);
    }

    @PostMapping("/{id}/key")
    @Operation(summary = "Rotate the app's key: the new key is shown this once, the old one stops working")
    IssuedAppKey rotate(@PathVariable long id, Actor actor) {
        return apps.rotate(id, actor);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke the app: its key stops working")
    FeedbackAppView revoke(@PathVariable long id, Actor actor) {
        return apps.revoke(id, actor);
    }

    @PutMapping("/{id}/webhook")
    @Operation(
            summary = "Post the app's ticket events to a URL, signed as Standard Webhooks are; a first webhook's"
                    + " signing secret is in the answer this once, a changed URL keeps the secret")
    WebhookSet setWebhook(@PathVariable long id, @RequestBody WebhookUrl webhook, Actor actor) {
        return webhooks.set(id, webhook.url() == null ? "" : webhook.url(), actor);
    }

    @PostMapping("/{id}/webhook/secret")
    @Operation(summary = "A new signing secret for the app's webhook, shown this once; the old one stops at once")
    WebhookSet newWebhookSecret(@PathVariable long id, Actor actor) {
        return webhooks.newSecret(id, actor);
    }

    @DeleteMapping("/{id}/webhook")
    @Operation(summary = "Stop posting the app's ticket events")
    FeedbackAppView removeWebhook(@PathVariable long id, Actor actor) {
        return webhooks.remove(id, actor);
    }

    @PostMapping("/{id}/webhook/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Queue a ping event to the app's webhook")
    TestEvent testWebhook(@PathVariable long id, Actor actor) {
        return new TestEvent(webhooks.test(id, actor));
    }

    @GetMapping("/{id}/webhook/deliveries")
    @Operation(summary = "The latest events posted to the app's webhook, newest first, with how their delivery went")
    List<NotificationView> webhookDeliveries(@PathVariable long id, Actor actor) {
        return webhooks.deliveries(id, actor);
    }
}
