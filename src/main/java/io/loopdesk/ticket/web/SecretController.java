package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.secret.TicketSecrets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** On the staff ticket page, a hidden password is shown in place when someone who may see it asks (htmx). */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR')")
class SecretController {

    private final TicketSecrets secrets;

    SecretController(TicketSecrets secrets) {
        this.secrets = secrets;
    }

    @PostMapping("/tickets/{number}/secrets/{id}/reveal")
    String reveal(@PathVariable String number, @PathVariable long id, Actor actor, Model model) {
        model.addAttribute("secret", secrets.reveal(number, id, actor));
        return "ticket/secret :: revealed";
    }
}
