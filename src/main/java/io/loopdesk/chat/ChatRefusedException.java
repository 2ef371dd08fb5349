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

    static ChatRefusedException notFound(long chatId) {
        return new ChatRefusedException(Kind.NOT_FOUND, "error.chat.notFound", "No chat " + chatId + ".", chatId);
    }
}
