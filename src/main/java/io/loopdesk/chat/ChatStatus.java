package io.loopdesk.chat;

/** Where a chat stands. */
public enum ChatStatus {
    /** Started by a visitor, no agent has joined yet. */
    WAITING,
    /** An agent has joined. */
    ACTIVE,
    /** Ended by either side; nothing more can be written. */
    CLOSED
}
