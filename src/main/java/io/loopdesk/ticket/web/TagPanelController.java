package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.tag.TicketTags;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** A ticket's tags as the ticket page loads them: each a link to the list of tickets carrying it, add and remove. */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class TagPanelController {

    private final TicketTags tags;
    private final FieldMessages fieldMessages;

    TagPanelController(TicketTags tags, FieldMessages fieldMessages) {
        this.tags = tags;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/tickets/{number}/tags")
    String panel(@PathVariable String number, Actor actor, Model model) {
        return fill(number, actor, model);
    }

    @PostMapping("/tickets/{number}/tags")
    String add(@PathVariable String number, @RequestParam(defaultValue = "") String tag, Actor actor, Model model) {
        try {
            tags.add(number, tag, actor);
        } catch (TicketValidationException refused) {
            model.addAttribute("failure", fieldMessages.refusal(refused));
            model.addAttribute("typed", tag);
        }
        return fill(number, actor, model);
    }

    @PostMapping("/tickets/{number}/tags/remove")
    String remove(@PathVariable String number, @RequestParam(defaultValue = "") String tag, Actor actor, Model model) {
        try {
            tags.remove(number, tag, actor);
        } catch (TicketValidationException refused) {
            model.addAttribute("failure", fieldMessages.refusal(refused));
        }
        return fill(number, actor, model);
    }

    private String fill(String number, Actor actor, Model model) {
        model.addAttribute("number", number);
        model.addAttribute("tags", tags.of(number, actor));
        model.addAttribute("known", tags.inUse(actor).keySet());
        model.addAttribute("handler", actor.hasAny(Role.HANDLERS));
        return "ticket/tags :: panel";
    }
}
