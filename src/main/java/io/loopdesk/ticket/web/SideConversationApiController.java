package io.loopdesk.ticket.web;

import io.loopdesk.identity.Actor;
import io.loopdesk.ticket.side.SideConversationView;
import io.loopdesk.ticket.side.SideConversations;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** A ticket's side conversations over the API: list them, start one, write in one, close it. */
@RestController
@PreAuthorize("hasAnyRole('AGENT','ENGINEER','SUPERVISOR','QA','TENANT_ADMIN','PLATFORM_OPERATOR')")
class SideConversationApiController {

    /** A new side conversation: whom to write to, about what, and the first e-mail. */
    record StartRequest(
            @Nullable String to,
            @Nullable String subject,
            @Nullable String body) {}

    /** The next e-mail of a side conversation. */
    record MessageRequest(@Nullable String body) {}

    private final SideConversations sides;

    SideConversationApiController(SideConversations sides) {
        this.sides = sides;
    }

    @GetMapping("/api/v1/tickets/{number}/side-conversations")
    List<SideConversationView> list(@PathVariable String number, Actor actor) {
        return sides.of(number, actor);
    }

    @PostMapping("/api/v1/tickets/{number}/side-conversations")
    @ResponseStatus(HttpStatus.CREATED)
    SideConversationView startApi(@PathVariable String number, @RequestBody StartRequest request, Actor actor) {
        return sides.start(number, request.to(), request.subject(), request.body(), actor);
    }

    @PostMapping("/api/v1/tickets/{number}/side-conversations/{conversation}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    SideConversationView replyApi(
            @PathVariable String number,
            @PathVariable long conversation,
            @RequestBody MessageRequest request,
            Actor actor) {
        return sides.reply(number, conversation, request.body(), actor);
    }

    @PostMapping("/api/v1/tickets/{number}/side-conversations/{conversation}/close")
    SideConversationView closeApi(@PathVariable String number, @PathVariable long conversation, Actor actor) {
        return sides.close(number, conversation, actor);
    }
}
