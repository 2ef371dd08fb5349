package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.numbering.TicketNumber;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The search box in the header of every staff page: a ticket number the reader can see opens that ticket; anything
 * else (words, a phone number, an e-mail address, a customer's name) lists the matching tickets in the workspace,
 * whose text filter looks in the number, title, description and contact fields.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class SearchController {

    private final TicketQueries tickets;

    SearchController(TicketQueries tickets) {
        this.tickets = tickets;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Actor actor, RedirectAttributes redirect) {
        String text = q.strip();
        if (TicketNumber.looksLike(text) && exists(text, actor)) {
            return "redirect:/tickets/" + text;
        }
        redirect.addAttribute("view", "all");
        if (!text.isEmpty()) {
            redirect.addAttribute("q", text);
        }
        return "redirect:/workspace";
    }

    private boolean exists(String number, Actor actor) {
        try {
            tickets.get(number, actor);
            return true;
        } catch (DomainException notFound) {
            return false;
        }
    }
}
