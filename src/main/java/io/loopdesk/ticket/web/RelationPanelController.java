package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.identity.Role;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.shared.web.PageActions;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.TicketValidationException;
import io.loopdesk.ticket.relation.DuplicateSuggestions;
import io.loopdesk.ticket.relation.TicketMerges;
import io.loopdesk.ticket.relation.TicketRelations;
import io.loopdesk.ticket.view.TicketView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A ticket's links as the ticket page loads them — parent, children, related, merged and split tickets — with the
 * same customer's likely duplicates; linking and unlinking in place, merging and splitting by a form that leads to
 * the ticket the work goes on in.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class RelationPanelController {

    private final TicketRelations relations;
    private final TicketMerges merges;
    private final DuplicateSuggestions duplicates;
    private final TicketQueries queries;
    private final PageActions actions;
    private final FieldMessages fieldMessages;

    RelationPanelController(
            TicketRelations relations,
            TicketMerges merges,
            DuplicateSuggestions duplicates,
            TicketQueries queries,
            PageActions actions,
            FieldMessages fieldMessages) {
        this.relations = relations;
        this.merges = merges;
        this.duplicates = duplicates;
        this.queries = queries;
        this.actions = actions;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/tickets/{number}/links-panel")
    String panel(@PathVariable String number, Actor actor, Model model) {
        return fill(number, actor, model);
    }

    @PostMapping("/tickets/{number}/links")
    String link(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String other,
            @RequestParam(defaultValue = "related") String kind,
            Actor actor,
            Model model) {
        try {
            relations.link(number, other, TicketRelations.Link.of(kind), actor);
        } catch (TicketValidationException refused) {
            model.addAttribute("failure", fieldMessages.refusal(refused));
            model.addAttribute("typed", other);
        }
        return fill(number, actor, model);
    }

    @PostMapping("/tickets/{number}/links/remove")
    String unlink(
            @PathVariable String number, @RequestParam(defaultValue = "") String other, Actor actor, Model model) {
        try {
            relations.unlink(number, other, actor);
        } catch (TicketValidationException refused) {
            model.addAttribute("failure", fieldMessages.refusal(refused));
        }
        return fill(number, actor, model);
    }

    /** Merges {@code from} into {@code into}; the page of the ticket that carries on follows. */
    @PostMapping("/tickets/{number}/merge")
    String merge(
            @PathVariable String number,
            @RequestParam(defaultValue = "") String from,
            @RequestParam(defaultValue = "") String into,
            Actor actor,
            RedirectAttributes redirect) {
        String source = from.isBlank() ? number : from.strip();
        String target = into.isBlank() ? number : into.strip();
        PageActions.Outcome outcome = actions.run(() -> merges.merge(source, target, actor));
        actions.flash(outcome, redirect, "done.merged");
        return "redirect:/tickets/"
                + (outcome instanceof PageActions.Outcome.Done(TicketView merged) ? merged.number() : number);
    }

    /** Splits one of the customer's messages into a new ticket, whose page follows. */
    @PostMapping("/tickets/{number}/messages/{messageId}/split")
    String split(@PathVariable String number, @PathVariable long messageId, Actor actor, RedirectAttributes redirect) {
        PageActions.Outcome outcome = actions.run(() -> merges.split(number, messageId, actor));
        actions.flash(outcome, redirect, "done.split");
        return "redirect:/tickets/"
                + (outcome instanceof PageActions.Outcome.Done(TicketView created) ? created.number() : number);
    }

    private String fill(String number, Actor actor, Model model) {
        TicketView ticket = queries.get(number, actor);
        model.addAttribute("ticket", ticket);
        model.addAttribute("links", relations.of(number, actor));
        model.addAttribute("duplicates", ticket.status().isOpen() ? duplicates.of(number, actor) : java.util.List.of());
        model.addAttribute("handler", actor.hasAny(Role.HANDLERS));
        return "ticket/links :: panel";
    }
}
