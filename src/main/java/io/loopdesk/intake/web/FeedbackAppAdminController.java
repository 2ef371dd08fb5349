package io.loopdesk.intake.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.intake.feedback.FeedbackApps;
import io.loopdesk.intake.feedback.IssuedAppKey;
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
 * a key, revoke an app.
 */
@Controller
@PreAuthorize("hasAnyRole('TENANT_ADMIN','PLATFORM_OPERATOR')")
class FeedbackAppAdminController {

    private final PageActions actions;
    private final FeedbackApps apps;

    FeedbackAppAdminController(PageActions actions, FeedbackApps apps) {
        this.actions = actions;
        this.apps = apps;
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
}
