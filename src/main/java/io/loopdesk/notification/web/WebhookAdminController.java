package io.loopdesk.notification.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.notification.HookEvent;
import io.loopdesk.notification.TenantWebhookSet;
import io.loopdesk.notification.TenantWebhookView;
import io.loopdesk.notification.TenantWebhooks;
import io.loopdesk.shared.web.PageActions;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant admin's webhooks page: register a URL for chosen ticket events (its signing secret shown once), and per
 * webhook change it, send a test event, draw a new secret, remove it, and read its latest events with their delivery,
 * sending one again.
 */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class WebhookAdminController {

    private final PageActions actions;
    private final TenantWebhooks webhooks;

    WebhookAdminController(PageActions actions, TenantWebhooks webhooks) {
        this.actions = actions;
        this.webhooks = webhooks;
    }

    @GetMapping("/admin/webhooks")
    String list(Actor actor, Model model) {
        model.addAttribute("webhooks", webhooks.list(actor));
        model.addAttribute("events", HookEvent.values());
        return "notification/webhooks";
    }

    @PostMapping("/admin/webhooks")
    String create(
            @RequestParam(defaultValue = "") String url,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable List<HookEvent> events,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        return switch (actions.run(
                () -> webhooks.create(url, description, events == null ? List.of() : events, actor))) {
            case PageActions.Outcome.Done done -> {
                TenantWebhookSet set = (TenantWebhookSet) done.result();
                redirect.addFlashAttribute("notice", "webhook.created");
                // like an app key, a signing secret is shown once, on the page the admin lands on
                redirect.addFlashAttribute("secret", set.signingSecret());
                yield "redirect:/admin/webhooks/" + set.webhook().id();
            }
            case PageActions.Outcome.Refused refused -> {
                model.addAttribute("failure", refused.message());
                yield list(actor, model);
            }
        };
    }

    @GetMapping("/admin/webhooks/{id}")
    String webhook(@PathVariable long id, Actor actor, Model model) {
        TenantWebhookView webhook = webhooks.list(actor).stream()
                .filter(w -> w.id() == id)
                .findFirst()
                .orElse(null);
        model.addAttribute("webhook", webhook);
        model.addAttribute("events", HookEvent.values());
        // an unknown id answers as the API does, with the refusal's own status
        model.addAttribute("deliveries", webhooks.deliveries(id, actor));
        return "notification/webhook";
    }

    @PostMapping("/admin/webhooks/{id}")
    String change(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String url,
            @RequestParam(required = false) @Nullable String description,
            @RequestParam(required = false) @Nullable List<HookEvent> events,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        return act(
                id,
                actor,
                model,
                redirect,
                "webhook.saved",
                () -> webhooks.change(id, url, description, events == null ? List.of() : events, actor));
    }

    @PostMapping("/admin/webhooks/{id}/test")
    String test(@PathVariable long id, Actor actor, Model model, RedirectAttributes redirect) {
        return act(id, actor, model, redirect, "webhook.tested", () -> webhooks.test(id, actor));
    }

    @PostMapping("/admin/webhooks/{id}/secret")
    String newSecret(@PathVariable long id, Actor actor, Model model, RedirectAttributes redirect) {
        return act(id, actor, model, redirect, "webhook.secret.new", () -> webhooks.newSecret(id, actor));
    }

    @PostMapping("/admin/webhooks/{id}/deliveries/{notificationId}")
    String redeliver(
            @PathVariable long id,
            @PathVariable long notificationId,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        return act(id, actor, model, redirect, "webhook.redelivered", () -> {
            webhooks.redeliver(id, notificationId, actor);
            return notificationId;
        });
    }

    @PostMapping("/admin/webhooks/{id}/remove")
    String remove(@PathVariable long id, Actor actor, Model model, RedirectAttributes redirect) {
        return switch (actions.run(() -> {
            webhooks.remove(id, actor);
            return id;
        })) {
            case PageActions.Outcome.Done done -> {
                redirect.addFlashAttribute("notice", "webhook.removed");
                yield "redirect:/admin/webhooks";
            }
            case PageActions.Outcome.Refused refused -> {
                model.addAttribute("failure", refused.message());
                yield webhook(id, actor, model);
            }
        };
    }

    private String act(
            long id, Actor actor, Model model, RedirectAttributes redirect, String doneKey, Supplier<?> action) {
        return switch (actions.run(action)) {
            case PageActions.Outcome.Done done -> {
                redirect.addFlashAttribute("notice", doneKey);
                if (done.result() instanceof TenantWebhookSet set && set.signingSecret() != null) {
                    redirect.addFlashAttribute("secret", set.signingSecret());
                }
                yield "redirect:/admin/webhooks/" + id;
            }
            case PageActions.Outcome.Refused refused -> {
                model.addAttribute("failure", refused.message());
                yield webhook(id, actor, model);
            }
        };
    }
}
