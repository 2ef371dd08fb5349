package io.loopdesk.survey.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.survey.RatingRefusedException;
import io.loopdesk.survey.RatingView;
import io.loopdesk.survey.Ratings;
import io.loopdesk.survey.Scores;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Ratings over the API: a customer's app can rate like the portal does. */
@RestController
@RequestMapping("/api/v1/tickets/{number}/rating")
@Tag(name = "Survey")
class RatingApiController {

    private final Ratings ratings;

    RatingApiController(Ratings ratings) {
        this.ratings = ratings;
    }

    @PostMapping
    @Operation(summary = "Rate a solved ticket (its customer, once)")
    ResponseEntity<RatingView> rate(@PathVariable String number, @RequestBody Scores scores, Actor actor) {
        return ResponseEntity.status(201).body(ratings.rate(number, scores, actor));
    }

    @GetMapping
    @Operation(summary = "The ticket's rating")
    RatingView get(@PathVariable String number, Actor actor) {
        // a problem document like every other refusal, saying what is missing: the rating, not the ticket
        return ratings.of(number, actor).orElseThrow(() -> RatingRefusedException.notRated(number));
    }
}
