package io.loopdesk.routing.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.routing.transfer.Transfers;
import io.loopdesk.shared.web.PageActions;
import io.loopdesk.tenant.Tenants;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platform's support queue: tickets tenants dispatched up to the platform (派单), oldest first. */
@Controller
@PreAuthorize("hasRole('PLATFORM_OPERATOR')")
class DispatchQueueController {

    private final Transfers transfers;
    private final Tenants tenants;
    private final PageActions actions;

    DispatchQueueController(Transfers transfers, Tenants tenants, PageActions actions) {
        this.transfers = transfers;
        this.tenants = tenants;
        this.actions = actions;
    }

    @GetMapping("/platform/dispatches")
    String queue(Actor actor, Model model) {
        model.addAttribute("dispatches", transfers.openDispatches(actor));
        model.addAttribute("tenants", tenants.all());
        return "routing/dispatches";
    }

    @PostMapping("/platform/dispatches/{id}/answer")
    String answer(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String answer,
            Actor actor,
            RedirectAttributes redirect) {
        return actions.redirect(
                "/platform/dispatches",
                redirect,
                "routing.done.answered",
                () -> transfers.completeDispatch(id, answer, actor));
    }
}
