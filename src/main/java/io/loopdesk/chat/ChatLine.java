package io.loopdesk.chat;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One message of a chat as both sides receive it.
 *
 * @param seq its number within the chat, from 1; a client resumes after the last one it saw
 * @param clientId the id the visitor's or agent's client gave it, echoed so the sender recognises its own message
 * @param body plain text; pages show it as text, never as HTML; a screenshot's file name
 * @param file the screenshot the message is, if it is one (fetched from the chat's files by its number)
 */
public record ChatLine(
        long chatId,
        int seq,
        @Nullable String clientId,
        ChatAuthor author,
        String authorName,
        String body,
        Instant sentAt,
        @Nullable File file) {

    /** A screenshot's media type and size. */
    public record File(String type, long size) {}
}
