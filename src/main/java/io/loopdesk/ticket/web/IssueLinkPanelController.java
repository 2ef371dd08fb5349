package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.ticket.IssueLinks;
import io.loopdesk.ticket.TicketValidationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The R&D issue of a ticket as the ticket page loads it: the link, the status its tracker reported, link/unlink. */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class IssueLinkPanelController {

    private final IssueLinks links;
    private final FieldMessages fieldMessages;

    IssueLinkPanelController(IssueLinks links, FieldMessages fieldMessages) {
        this.links = links;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/tickets/{number}/issue-panel")
    String panel(@PathVariable String number, Actor actor, Model model) {
        return fill(number, actor, model);
    }

    @PostMapping("/tickets/{number}/issue-link")
    String link(@PathVariable String number, @RequestParam(defaultValue = "") String url, Actor actor, Model model) {
        try {
            links.link(number, url, actor);
        } catch (TicketValidationException refused) {
            model.addAttribute("failure", fieldMessages.refusal(refused));
            model.addAttribute("typed", url);
        }
        return fill(number, actor, model);
    }

    @PostMapping("/tickets/{number}/issue-link/remove")
    String unlink(@PathVariable String number, Actor actor, Model model) {
        links.unlink(number, actor);
        return fill(number, actor, model);
    }

    private String fill(String number, Actor actor, Model model) {
        model.addAttribute("number", number);
        model.addAttribute("link", links.of(number, actor).orElse(null));
        model.addAttribute("handler", actor.hasAny(Role.HANDLERS));
        return "ticket/issue :: panel";
    }
}
