package io.loopdesk.chat.web;

import io.loopdesk.chat.Chats;
import io.loopdesk.chat.VisitorStart;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A visitor starts a chat without signing in: the answer carries the chat's id and the secret token the visitor
 * connects to {@code /chat/socket} with (STOMP header {@code visitor-token}).
 */
@RestController
class VisitorChatApi {

    private final Chats chats;

    VisitorChatApi(Chats chats) {
        this.chats = chats;
    }

    /**
     * The desk to talk to (its tenant code), what the visitor wants to be called, and optionally the team (by name)
     * and the agent skill the chat is for, as the widget's {@code data-team} and {@code data-skill} ask.
     */
    record StartRequest(
            @Nullable String tenant,
            @Nullable String name,
            @Nullable String team,
            @Nullable String skill) {}

    @PostMapping("/api/v1/chat/visitors")
    @ResponseStatus(HttpStatus.CREATED)
    VisitorStart start(@RequestBody StartRequest request) {
        return chats.start(
                request.tenant() == null ? "" : request.tenant(),
                request.name() == null ? "" : request.name(),
                request.team(),
                request.skill());
    }
}
