package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.tag.TicketTags;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tags over the API: a ticket's, put on and taken off one at a time; the tenant's with how often each is used. */
@RestController
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class TagApiController {

    private final TicketTags tags;

    TagApiController(TicketTags tags) {
        this.tags = tags;
    }

    @GetMapping("/api/v1/tags")
    Map<String, Long> inUse(Actor actor) {
        return tags.inUse(actor);
    }

    @GetMapping("/api/v1/tickets/{number}/tags")
    List<String> of(@PathVariable String number, Actor actor) {
        return tags.of(number, actor);
    }

    /** Puts the tag on the ticket (nothing if it is there); answers the ticket's tags. */
    @PutMapping("/api/v1/tickets/{number}/tags/{tag}")
    List<String> add(@PathVariable String number, @PathVariable String tag, Actor actor) {
        tags.add(number, tag, actor);
        return tags.of(number, actor);
    }

    /** Takes the tag off the ticket (nothing if it is not there); answers the ticket's tags. */
    @DeleteMapping("/api/v1/tickets/{number}/tags/{tag}")
    List<String> remove(@PathVariable String number, @PathVariable String tag, Actor actor) {
        tags.remove(number, tag, actor);
        return tags.of(number, actor);
    }
}
