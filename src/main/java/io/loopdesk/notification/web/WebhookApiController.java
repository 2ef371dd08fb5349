package io.loopdesk.notification.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.notification.HookEvent;
import io.loopdesk.notification.NotificationView;
import io.loopdesk.notification.TenantWebhookSet;
import io.loopdesk.notification.TenantWebhookView;
import io.loopdesk.notification.TenantWebhooks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The tenant's own webhooks (tenant admins): register, change, remove, test, read deliveries and send one again. */
@RestController
@RequestMapping("/api/v1/webhooks")
@Tag(name = "Webhooks")
class WebhookApiController {

    private final TenantWebhooks webhooks;

    WebhookApiController(TenantWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    /** A webhook to register or change: where it posts, a note for people, and the events it wants. */
    record WebhookRequest(
            @Nullable String url,
            @Nullable String description,
            @Nullable List<HookEvent> events) {}

    @GetMapping
    @Operation(summary = "The tenant's webhooks")
    List<TenantWebhookView> list(Actor actor) {
        return webhooks.list(actor);
    }

    @PostMapping
    @Operation(summary = "Register a webhook; its signing secret is in this answer only")
    ResponseEntity<TenantWebhookSet> create(@RequestBody WebhookRequest request, Actor actor) {
        return ResponseEntity.status(201)
                .body(webhooks.create(
                        request.url() == null ? "" : request.url(),
                        request.description(),
                        request.events() == null ? List.of() : request.events(),
                        actor));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a webhook's URL, description and events; its secret stays")
    TenantWebhookView change(@PathVariable long id, @RequestBody WebhookRequest request, Actor actor) {
        return webhooks.change(
                id,
                request.url() == null ? "" : request.url(),
                request.description(),
                request.events() == null ? List.of() : request.events(),
                actor);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove a webhook")
    ResponseEntity<Void> remove(@PathVariable long id, Actor actor) {
        webhooks.remove(id, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/secret")
    @Operation(summary = "Give a webhook a new signing secret, in this answer only")
    TenantWebhookSet newSecret(@PathVariable long id, Actor actor) {
        return webhooks.newSecret(id, actor);
    }

    @PostMapping("/{id}/test")
    @Operation(summary = "Queue a ping event to the webhook")
    ResponseEntity<Map<String, Long>> test(@PathVariable long id, Actor actor) {
        return ResponseEntity.accepted().body(Map.of("notificationId", webhooks.test(id, actor)));
    }

    @GetMapping("/{id}/deliveries")
    @Operation(summary = "The webhook's latest events with their delivery, newest first")
    List<NotificationView> deliveries(@PathVariable long id, Actor actor) {
        return webhooks.deliveries(id, actor);
    }

    @PostMapping("/{id}/deliveries/{notificationId}/redeliver")
    @Operation(summary = "Send one of the webhook's events again, with the same webhook-id")
    ResponseEntity<Void> redeliver(@PathVariable long id, @PathVariable long notificationId, Actor actor) {
        webhooks.redeliver(id, notificationId, actor);
        return ResponseEntity.accepted().build();
    }
}
