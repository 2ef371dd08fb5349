package io.loopdesk.chat.web;

import io.loopdesk.chat.ChatTranscripts;
import io.loopdesk.chat.Chats;
import io.loopdesk.chat.VisitorStart;
import io.loopdesk.identity.CurrentActor;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
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
    private final ChatTranscripts transcripts;
    private final ChatRateLimit rateLimit;
    private final MessageSource messages;

    VisitorChatApi(Chats chats, ChatTranscripts transcripts, ChatRateLimit rateLimit, MessageSource messages) {
        this.chats = chats;
        this.transcripts = transcripts;
        this.rateLimit = rateLimit;
        this.messages = messages;
    }

    /**
     * The desk to talk to (its tenant code), what the visitor wants to be called, and optionally the team (by name)
     * and the agent skill the chat is for, as the widget's {@code data-team} and {@code data-skill} ask.
     */
    record StartRequest(
            @Nullable String tenant,
            @Nullable String name,
            @Nullable String team,
            @Nullable String skill,
            @Nullable String channel) {}

    @PostMapping("/api/v1/chat/visitors")
    ResponseEntity<?> start(
            @RequestBody StartRequest request,
            @Nullable Authentication signedIn,
            HttpServletRequest http,
            Locale locale) {
        if (!rateLimit.takeStart(http.getRemoteAddr())) {
            ProblemDetail tooMany = ProblemDetail.forStatusAndDetail(
                    HttpStatus.TOO_MANY_REQUESTS, messages.getMessage("error.chat.tooManyStarts", null, locale));
            return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, "60")
                    .body(tooMany);
        }
        // a customer signed in to the portal chats as themselves; anyone else as a guest
        VisitorStart start = chats.start(
                request.tenant() == null ? "" : request.tenant(),
                request.name() == null ? "" : request.name(),
                request.team(),
                request.skill(),
                request.channel(),
                CurrentActor.of(signedIn).orElse(null));
        return ResponseEntity.status(HttpStatus.CREATED).body(start);
    }

    /** The visitor's token (proving the chat is theirs) and where the transcript goes. */
    record TranscriptRequest(
            @Nullable String token, @Nullable String email) {}

    /** Mails the ended chat's transcript to the visitor; accepted once it is queued in the notification outbox. */
    @PostMapping("/api/v1/chat/visitors/transcript")
    @ResponseStatus(HttpStatus.ACCEPTED)
    void transcript(@RequestBody TranscriptRequest request, Locale locale) {
        transcripts.mail(request.token(), request.email(), locale);
    }
}
