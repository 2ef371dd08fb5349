package io.loopdesk.intake.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.intake.feedback.AppWebhooks;
import io.loopdesk.intake.feedback.FeedbackApps;
import io.loopdesk.intake.feedback.IssuedAppKey;
import io.loopdesk.intake.feedback.WebhookSet;
import io.loopdesk.shared.web.PageActions;
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
 * The tenant admin's page of apps that submit feedback: register one (its key is shown once, right here), rotate
 * a key, revoke an app; and each app's webhook page: its URL, its signing secret (shown once), a test event and the
 * latest deliveries.
 */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class FeedbackAppAdminController {

    private final PageActions actions;
    private final FeedbackApps apps;
    private final AppWebhooks webhooks;

    FeedbackAppAdminController(PageActions actions, FeedbackApps apps, AppWebhooks webhooks) {
        this.actions = actions;
        this.apps = apps;
        this.webhooks = webhooks;
    }

    @GetMapping("/admin/apps")
    String list(Actor actor, Model model) {
        model.addAttribute("apps", apps.list(actor));
        return "intake/apps";
    }

    @PostMapping("/admin/apps")
    String register(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(required = false) @Nullable String product,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        return act(actor, model, redirect, "intake.apps.registered", () -> apps.register(name, product, actor));
    }

    @PostMapping("/admin/apps/{id}/key")
    String rotate(@PathVariable long id, Actor actor, Model model, RedirectAttributes redirect) {
        return act(actor, model, redirect, "intake.apps.rotated", () -> apps.rotate(id, actor));
    }

    @PostMapping("/admin/apps/{id}/revoke")
    String revoke(@PathVariable long id, Actor actor, Model model, RedirectAttributes redirect) {
        return act(actor, model, redirect, "intake.apps.revoked", () -> apps.revoke(id, actor));
    }

    @GetMapping("/admin/apps/{id}/webhook")
    String webhook(@PathVariable long id, Actor actor, Model model) {
        model.addAttribute("app", apps.get(id, actor));
        model.addAttribute("deliveries", webhooks.deliveries(id, actor));
        return "intake/app-webhook";
    }

    @PostMapping("/admin/apps/{id}/webhook")
    String setWebhook(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String url,
            Actor actor,
            Model model,
            RedirectAttributes redirect) {
        return onWebhook(id, actor, model, redirect, "intake.webhook.saved", () -> webhooks.set(id, url, actor));
    }

    @PostMapping("/admin/apps/{id}/webhook/secret")
    String newWebhookSecret(@PathVariable long id, Actor actor, Model model, RedirectAttributes redirect) {
        return onWebhook(id, actor, model, redirect, "intake.webhook.secret.new", () -> webhooks.newSecret(id, actor));
    }

    @PostMapping("/admin/apps/{id}/webhook/test")
    String testWebhook(@PathVariable long id, Actor actor, Model model, RedirectAttributes redirect) {
        return onWebhook(id, actor, model, redirect, "intake.webhook.tested", () -> webhooks.test(id, actor));
    }

    @PostMapping("/admin/apps/{id}/webhook/remove")
    String removeWebhook(@PathVariable long id, Actor actor, Model model, RedirectAttributes redirect) {
        return onWebhook(id, actor, model, redirect, "intake.webhook.removed", () -> webhooks.remove(id, actor));
    }

    private String act(Actor actor, Model model, RedirectAttributes redirect, String doneKey, Supplier<?> action) {
        return switch (actions.run(action)) {
            case PageActions.Outcome.Done done -> {
                redirect.addFlashAttribute("notice", doneKey);
                if (done.result() instanceof IssuedAppKey issued) {
                    // a new key is shown once, on the page the admin lands on, and never again
                    redirect.addFlashAttribute("issued", issued);
                }
                yield "redirect:/admin/apps";
            }
            case PageActions.Outcome.Refused refused -> {
                model.addAttribute("failure", refused.message());
                yield list(actor, model);
            }
        };
    }

    private String onWebhook(
            long id, Actor actor, Model model, RedirectAttributes redirect, String doneKey, Supplier<?> action) {
        return switch (actions.run(action)) {
            case PageActions.Outcome.Done done -> {
                redirect.addFlashAttribute("notice", doneKey);
                if (done.result() instanceof WebhookSet set && set.signingSecret() != null) {
                    // like an app key, a signing secret is shown once, on the page the admin lands on
                    redirect.addFlashAttribute("secret", set.signingSecret());
                }
                yield "redirect:/admin/apps/" + id + "/webhook";
            }
            case PageActions.Outcome.Refused refused -> {
                model.addAttribute("failure", refused.message());
                yield webhook(id, actor, model);
            }
        };
    }
}
