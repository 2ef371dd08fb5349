package io.loopdesk.chat;

import org.jspecify.annotations.Nullable;

/**
 * Where a waiting chat stands in its tenant's queue.
 *
 * @param position 1 for the next chat an agent will get
 * @param waitSeconds the expected wait, or {@code null} while the desk has no recent chats to judge by
 */
public record QueuePlace(
        long chatId, int position, @Nullable Long waitSeconds) {}
