package io.loopdesk.chat;

/** Who wrote a message in a chat. */
public enum ChatAuthor {
    VISITOR,
    AGENT,
    /** Loopdesk itself: an agent joined, the chat was closed. */
    SYSTEM
}
