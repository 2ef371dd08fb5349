package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.numbering.TicketNumber;
import io.loopdesk.ticket.view.TicketSearchHit;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The search box in the header of every staff page: a ticket number the reader can see opens that ticket; words list
 * the tickets that hold them (in the title, the description, a message or a progress record) best first, each with
 * where they were found; anything found by words in no ticket (a phone number, an e-mail address, a customer's name)
 * goes to the workspace list, whose text filter looks those up in the contact fields.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class SearchController {

    private static final int RESULTS = 50;

    private final TicketQueries tickets;

    SearchController(TicketQueries tickets) {
        this.tickets = tickets;
    }

    @GetMapping("/search")
    String search(@RequestParam(defaultValue = "") String q, Actor actor, Model model, RedirectAttributes redirect) {
        String text = q.strip();
        if (TicketNumber.looksLike(text) && exists(text, actor)) {
            return "redirect:/tickets/" + text;
        }
        List<TicketSearchHit> hits = text.isEmpty() ? List.of() : tickets.search(text, actor, RESULTS);
        if (hits.isEmpty()) {
            // a phone number, an e-mail address or a customer's name is in the contact fields, which the list looks up
            redirect.addAttribute("view", "all");
            if (!text.isEmpty()) {
                redirect.addAttribute("q", text);
            }
            return "redirect:/workspace";
        }
        model.addAttribute("query", text);
        model.addAttribute("hits", hits);
        return "ticket/search";
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
