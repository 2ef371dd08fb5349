package io.loopdesk.intake.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.intake.feedback.FeedbackApps;
import io.loopdesk.intake.feedback.IssuedAppKey;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
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

    private final FeedbackApps apps;
    private final FieldMessages messages;

    FeedbackAppAdminController(FeedbackApps apps, FieldMessages messages) {
        this.apps = apps;
        this.messages = messages;
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
        try {
            Object result = action.get();
            redirect.addFlashAttribute("notice", doneKey);
            if (result instanceof IssuedAppKey issued) {
                // a new key is shown once, on the page the admin lands on, and never again
                redirect.addFlashAttribute("issued", issued);
            }
            return "redirect:/admin/apps";
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            model.addAttribute("failure", messages.refusal(e));
            return list(actor, model);
        }
    }
}
