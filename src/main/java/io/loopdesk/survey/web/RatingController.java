package io.loopdesk.survey.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.survey.Ratings;
import io.loopdesk.survey.Scores;
import io.loopdesk.survey.SurveyRules;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.value.Satisfaction;
import io.loopdesk.ticket.value.TicketStatus;
import io.loopdesk.ticket.view.TicketView;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The rating form on the customer's ticket page, loaded into it once the ticket is solved. */
@Controller
@PreAuthorize("hasRole('CUSTOMER')")
class RatingController {

    /** The four dimensions of seed 001, in the order pages show them. */
    static final String[] DIMENSIONS = Scores.DIMENSIONS.toArray(String[]::new);

    /** The answers of the short form, from the best. */
    static final Satisfaction[] ANSWERS = {
        Satisfaction.VERY_SATISFIED, Satisfaction.SATISFIED, Satisfaction.NEUTRAL, Satisfaction.DISSATISFIED
    };

    private final Ratings ratings;
    private final TicketQueries tickets;
    private final FieldMessages fieldMessages;
    private final SurveyRules rules;

    RatingController(Ratings ratings, TicketQueries tickets, FieldMessages fieldMessages, SurveyRules rules) {
        this.ratings = ratings;
        this.tickets = tickets;
        this.fieldMessages = fieldMessages;
        this.rules = rules;
    }

    @GetMapping("/portal/tickets/{number}/rating")
    String form(
            @PathVariable String number,
            @RequestHeader(value = "HX-Request", required = false) @Nullable String htmx,
            Actor actor,
            Model model) {
        fill(number, actor, model, Map.of());
        return htmx == null ? "survey/rating-page" : "survey/rating :: rating";
    }

    @PostMapping("/portal/tickets/{number}/rating")
    String rate(@PathVariable String number, RatingForm form, Actor actor, Model model, RedirectAttributes redirect) {
        try {
            ratings.rate(number, form.scores(), actor);
            redirect.addFlashAttribute("notice", "done.rated");
            return "redirect:/portal/tickets/" + number;
        } catch (DomainException e) {
            if (e.kind() == DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            Map<String, String> errors = fieldMessages.of(e.problems());
            fill(number, actor, model, errors);
            model.addAttribute("form", form);
            // a ticket not solved (yet) has no form to mark a field in: the page says it above
            model.addAttribute("failure", e.problems().isEmpty() ? fieldMessages.refusal(e) : errors.get("status"));
            return "survey/rating-page";
        }
    }

    private void fill(String number, Actor actor, Model model, Map<String, String> errors) {
        TicketView ticket = tickets.get(number, actor);
        model.addAttribute("ticket", ticket);
        model.addAttribute("rating", ratings.of(number, actor).orElse(null));
        model.addAttribute(
                "solved", ticket.status() == TicketStatus.RESOLVED || ticket.status() == TicketStatus.CLOSED);
        model.addAttribute("dimensions", DIMENSIONS);
        model.addAttribute("answers", ANSWERS);
        model.addAttribute("askNps", rules.of(ticket.tenantId()).askNps());
        model.addAttribute("errors", errors);
    }
}
