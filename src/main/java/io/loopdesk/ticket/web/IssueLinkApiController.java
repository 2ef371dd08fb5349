package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.IssueLinks;
import io.loopdesk.ticket.view.IssueLinkView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * A ticket's link to its R&D issue, and the webhook in by which the tracker reports the issue's status: either
 * {@code {"url": ..., "status": ...}} or GitLab's own issue event as it sends it.
 */
@RestController
@Tag(name = "R&D issue links")
class IssueLinkApiController {

    private final IssueLinks links;

    IssueLinkApiController(IssueLinks links) {
        this.links = links;
    }

    /** The issue to link to. */
    record LinkRequest(@Nullable String url) {}

    @GetMapping("/api/v1/tickets/{number}/issue-link")
    @Operation(summary = "The R&D issue the ticket is linked to (404 if none)")
    ResponseEntity<IssueLinkView> get(@PathVariable String number, Actor actor) {
        return ResponseEntity.of(links.of(number, actor));
    }

    @PutMapping("/api/v1/tickets/{number}/issue-link")
    @Operation(summary = "Link the ticket to an R&D issue (Jira, GitLab…) by its address")
    IssueLinkView link(@PathVariable String number, @RequestBody LinkRequest request, Actor actor) {
        return links.link(number, request.url() == null ? "" : request.url(), actor);
    }

    @DeleteMapping("/api/v1/tickets/{number}/issue-link")
    @Operation(summary = "Remove the ticket's R&D issue link")
    ResponseEntity<Void> unlink(@PathVariable String number, Actor actor) {
        links.unlink(number, actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/v1/issue-links/status")
    @Operation(
            summary = "Webhook in: an R&D tracker reports an issue's status",
            description = "Body {\"url\", \"status\"}, or a GitLab issue event (object_attributes.url and .state)."
                    + " Authenticate with an API token of the tenant. Answers the numbers of the linked tickets.")
    Map<String, List<String>> status(@RequestBody JsonNode event, Actor actor) {
        JsonNode gitlab = event.path("object_attributes");
        String url = gitlab.isObject()
                ? gitlab.path("url").asString("")
                : event.path("url").asString("");
        String status = gitlab.isObject()
                ? gitlab.path("state").asString("")
                : event.path("status").asString("");
        return Map.of("tickets", links.statusReported(url, status, actor));
    }
}
