package io.loopdesk.chat;

/**
 * A chat started, was given to an agent, was escalated or ended: its participants and the tenant's consoles are told.
 * Published after the change committed.
 */
public record ChatChanged(ChatView chat) {}
