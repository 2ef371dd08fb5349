package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.relation.DuplicateSuggestion;
import io.loopdesk.ticket.relation.DuplicateSuggestions;
import io.loopdesk.ticket.relation.TicketLinkView;
import io.loopdesk.ticket.relation.TicketMerges;
import io.loopdesk.ticket.relation.TicketRelations;
import io.loopdesk.ticket.view.TicketView;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Links between tickets, merging and splitting over the API, and a ticket's likely duplicates. */
@RestController
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class RelationApiController {

    /** {@code kind}: parent, child or related, said of {@code number} from the ticket in the path. */
    record LinkRequest(@Nullable String number, @Nullable String kind) {}

    /** The ticket to merge the one in the path into. */
    record MergeRequest(@Nullable String into) {}

    private final TicketRelations relations;
    private final TicketMerges merges;
    private final DuplicateSuggestions duplicates;

    RelationApiController(TicketRelations relations, TicketMerges merges, DuplicateSuggestions duplicates) {
        this.relations = relations;
        this.merges = merges;
        this.duplicates = duplicates;
    }

    @GetMapping("/api/v1/tickets/{number}/links")
    List<TicketLinkView> of(@PathVariable String number, Actor actor) {
        return relations.of(number, actor);
    }

    @PostMapping("/api/v1/tickets/{number}/links")
    @ResponseStatus(HttpStatus.CREATED)
    TicketLinkView link(@PathVariable String number, @RequestBody LinkRequest request, Actor actor) {
        return relations.link(
                number,
                request.number() == null ? "" : request.number(),
                TicketRelations.Link.of(request.kind() == null ? "" : request.kind()),
                actor);
    }

    @DeleteMapping("/api/v1/tickets/{number}/links/{other}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void unlink(@PathVariable String number, @PathVariable String other, Actor actor) {
        relations.unlink(number, other, actor);
    }

    /** Merges the ticket in the path into {@code into}; answers the ticket merged into. */
    @PostMapping("/api/v1/tickets/{number}/merge")
    TicketView merge(@PathVariable String number, @RequestBody MergeRequest request, Actor actor) {
        return merges.merge(number, request.into() == null ? "" : request.into(), actor);
    }

    /** Splits the customer's message into a new ticket; answers it. */
    @PostMapping("/api/v1/tickets/{number}/messages/{messageId}/split")
    @ResponseStatus(HttpStatus.CREATED)
    TicketView split(@PathVariable String number, @PathVariable long messageId, Actor actor) {
        return merges.split(number, messageId, actor);
    }

    @GetMapping("/api/v1/tickets/{number}/duplicates")
    List<DuplicateSuggestion> duplicates(@PathVariable String number, Actor actor) {
        return duplicates.of(number, actor);
    }
}
