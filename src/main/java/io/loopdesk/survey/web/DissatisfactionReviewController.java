package io.loopdesk.survey.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.web.FieldMessages;
import io.loopdesk.survey.RatingView;
import io.loopdesk.survey.Ratings;
import io.loopdesk.survey.review.Review;
import io.loopdesk.survey.review.Reviews;
import io.loopdesk.ticket.TicketQueries;
import io.loopdesk.ticket.Tickets;
import io.loopdesk.ticket.value.TicketStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
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
 * The supervisors' dissatisfaction reviews ({@code /desk/reviews}): the queue of open reviews, and one review with its
 * ticket, the rating, the return visits, and the actions: record a visit, reopen the ticket, close with a conclusion.
 */
@Controller
@PreAuthorize("hasAnyRole('SUPERVISOR','TENANT_ADMIN','PLATFORM_OPERATOR')")
class DissatisfactionReviewController {

    private final Reviews reviews;
    private final TicketQueries tickets;
    private final Tickets ticketUpdates;
    private final Ratings ratings;
    private final FieldMessages fieldMessages;

    DissatisfactionReviewController(
            Reviews reviews,
            TicketQueries tickets,
            Tickets ticketUpdates,
            Ratings ratings,
            FieldMessages fieldMessages) {
        this.reviews = reviews;
        this.tickets = tickets;
        this.ticketUpdates = ticketUpdates;
        this.ratings = ratings;
        this.fieldMessages = fieldMessages;
    }

    @GetMapping("/desk/reviews")
    String queue(@RequestParam(defaultValue = "OPEN") String status, Actor actor, Model model) {
        Review.Status shown = "CLOSED".equals(status) ? Review.Status.CLOSED : Review.Status.OPEN;
        model.addAttribute("status", shown.name());
        model.addAttribute("reviews", reviews.list(shown, actor));
        return "survey/reviews";
    }

    @GetMapping("/desk/reviews/{id}")
    String review(@PathVariable long id, Actor actor, Model model) {
        return page(reviews.get(id, actor), actor, model, Map.of(), null);
    }

    @PostMapping("/desk/reviews/{id}/visits")
    String visit(
            @PathVariable long id,
            @RequestParam String way,
            @RequestParam String outcome,
            @RequestParam(required = false) @Nullable String note,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            reviews.visit(id, Review.Way.valueOf(way), Review.Outcome.valueOf(outcome), note, actor);
        } catch (IllegalArgumentException unknown) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(
                    reviews.get(id, actor),
                    actor,
                    model,
                    Map.of(
                            "outcome",
                            fieldMessages.of(
                                    io.loopdesk.shared.Phrase.of("error.review.outcome"),
                                    "Choose how and with what result.")),
                    null);
        } catch (DomainException refused) {
            return refused(id, refused, actor, model, response);
        }
        redirect.addFlashAttribute("notice", "review.visit.saved");
        return "redirect:/desk/reviews/" + id;
    }

    @PostMapping("/desk/reviews/{id}/reopen")
    String reopen(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String reason,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Review review = reviews.get(id, actor);
        try {
            ticketUpdates.changeStatus(review.ticketNumber(), TicketStatus.IN_PROGRESS, reason, actor);
        } catch (DomainException refused) {
            return refused(id, refused, actor, model, response);
        }
        redirect.addFlashAttribute("notice", "review.reopened");
        return "redirect:/desk/reviews/" + id;
    }

    @PostMapping("/desk/reviews/{id}/close")
    String close(
            @PathVariable long id,
            @RequestParam(required = false) @Nullable String conclusion,
            Actor actor,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            reviews.close(id, conclusion, actor);
        } catch (DomainException refused) {
            return refused(id, refused, actor, model, response);
        }
        redirect.addFlashAttribute("notice", "review.closed");
        return "redirect:/desk/reviews/" + id;
    }

    private String refused(long id, DomainException refused, Actor actor, Model model, HttpServletResponse response) {
        if (refused.kind() == DomainException.Kind.NOT_FOUND || refused.kind() == DomainException.Kind.FORBIDDEN) {
            throw refused;
        }
        response.setStatus(refused.kind() == DomainException.Kind.INVALID ? 422 : 409);
        return page(
                reviews.get(id, actor),
                actor,
                model,
                fieldMessages.of(refused.problems()),
                refused.problems().isEmpty() ? fieldMessages.refusal(refused) : null);
    }

    private String page(Review review, Actor actor, Model model, Map<String, String> errors, @Nullable String failure) {
        model.addAttribute("review", review);
        model.addAttribute("ticket", tickets.get(review.ticketNumber(), actor));
        RatingView rating = ratings.of(review.ticketNumber(), actor).orElse(null);
        model.addAttribute("rating", rating);
        model.addAttribute("dimensions", RatingController.DIMENSIONS);
        model.addAttribute("ways", Review.Way.values());
        model.addAttribute("outcomes", Review.Outcome.values());
        model.addAttribute("errors", errors);
        model.addAttribute("failure", failure);
        return "survey/review";
    }
}
