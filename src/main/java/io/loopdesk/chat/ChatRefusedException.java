package io.loopdesk.chat;

import io.loopdesk.shared.DomainException;
import io.loopdesk.shared.Phrase;
import java.util.List;

/** A chat action that cannot be done, with the reason in the reader's language. */
public class ChatRefusedException extends DomainException {

    ChatRefusedException(Kind kind, String key, String message, Object... args) {
        super(kind, Phrase.of(key, args), message, List.of());
    }

    /** A participant sending faster than the chat's rate limit allows. */
    public static ChatRefusedException tooFast() {
        return new ChatRefusedException(Kind.CONFLICT, "error.chat.tooFast", "Too many messages; wait a moment.");
    }

    /** A visitor's token that opens no chat (forged, expired or missing), without saying which. */
    public static ChatRefusedException unknownToken() {
        return new ChatRefusedException(Kind.NOT_FOUND, "error.chat.transcript.token", "No chat for this token.");
    }

    static ChatRefusedException notFound(long chatId) {
        return new ChatRefusedException(Kind.NOT_FOUND, "error.chat.notFound", "No chat " + chatId + ".", chatId);
    }
}
