package io.loopdesk.survey.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.survey.Ratings;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The customer's rating as the staff ticket page loads it ({@code hx-get}, once the ticket says it was rated): the
 * four scores and the comment. The ticket module knows nothing of it but the URL.
 */
@Controller
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class RatingPanelController {

    private final Ratings ratings;

    RatingPanelController(Ratings ratings) {
        this.ratings = ratings;
    }

    @GetMapping("/tickets/{number}/rating-panel")
    String panel(@PathVariable String number, Actor actor, Model model) {
        model.addAttribute("rating", ratings.of(number, actor).orElse(null));
        model.addAttribute("dimensions", RatingController.DIMENSIONS);
        return "survey/panel :: panel";
    }
}
