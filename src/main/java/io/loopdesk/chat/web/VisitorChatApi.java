package io.loopdesk.chat.web;

import io.loopdesk.chat.Chats;
import io.loopdesk.chat.VisitorStart;
import io.loopdesk.chat.web.socket.ChatBoard;
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
    private final ChatBoard board;

    VisitorChatApi(Chats chats, ChatBoard board) {
        this.chats = chats;
        this.board = board;
    }

    /** The desk to talk to (its tenant code) and what the visitor wants to be called. */
    record StartRequest(@Nullable String tenant, @Nullable String name) {}

    @PostMapping("/api/v1/chat/visitors")
    @ResponseStatus(HttpStatus.CREATED)
    VisitorStart start(@RequestBody StartRequest request) {
        VisitorStart start = chats.start(
                request.tenant() == null ? "" : request.tenant(), request.name() == null ? "" : request.name());
        // the tenant's consoles list it at once
        chats.visitorChat(start.visitorToken()).ifPresent(board::announce);
        return start;
    }
}
