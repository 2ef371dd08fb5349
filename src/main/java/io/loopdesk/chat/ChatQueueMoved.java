package io.loopdesk.chat;

import java.util.List;

/** The tenant's waiting chats after a routing pass, each with its new place; published after the pass committed. */
public record ChatQueueMoved(long tenantId, List<QueuePlace> places) {}
