package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.ticket.side.SideConversations;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A ticket's side conversations on its page: start one, write in one, close it. Staff only: the customer's portal
 * never shows them.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class SideConversationController {

    private final SideConversations sides;
    private final FieldMessages fieldMessages;

    SideConversationController(SideConversations sides, FieldMessages fieldMessages) {
        this.sides = sides;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/tickets/{number}/side-panel")
    String panel(@PathVariable String number, Actor actor, Model model) {
        return fill(number, actor, model);
    }

    @PostMapping("/tickets/{number}/side")
    String start(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String to,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "") String body,
            Actor actor,
            Model model) {
        try {
            sides.start(number, to, subject, body, actor);
            model.addAttribute("notice", "side.sent");
        } catch (DomainException refused) {
            refusedIn(model, refused);
            model.addAttribute("typed", Map.of("to", to, "subject", subject, "body", body));
        }
        return fill(number, actor, model);
    }

    @PostMapping("/tickets/{number}/side/{conversation}")
    String reply(
            @PathVariable String number,
            @PathVariable long conversation,
            @RequestParam(defaultValue = "") String body,
            Actor actor,
            Model model) {
        try {
            sides.reply(number, conversation, body, actor);
            model.addAttribute("notice", "side.sent");
        } catch (DomainException refused) {
            refusedIn(model, refused);
        }
        return fill(number, actor, model);
    }

    @PostMapping("/tickets/{number}/side/{conversation}/close")
    String close(@PathVariable String number, @PathVariable long conversation, Actor actor, Model model) {
        try {
            sides.close(number, conversation, actor);
        } catch (DomainException refused) {
            refusedIn(model, refused);
        }
        return fill(number, actor, model);
    }

    private void refusedIn(Model model, DomainException refused) {
        if (refused.kind() == DomainException.Kind.NOT_FOUND || refused.kind() == DomainException.Kind.FORBIDDEN) {
            throw refused;
        }
        model.addAttribute("failure", fieldMessages.refusal(refused));
    }

    private String fill(String number, Actor actor, Model model) {
        model.addAttribute("number", number);
        model.addAttribute("sides", sides.of(number, actor));
        model.addAttribute("handler", actor.hasAny(Role.HANDLERS));
        return "ticket/side :: panel";
    }
}
