package io.loopdesk.chat;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A chat ended. Published inside the transaction that ended it, so what listeners write (the metered online minutes)
 * commits with it or not at all, once per chat.
 *
 * @param firstResponseAt the first agent message; {@code null} for a chat nobody answered
 */
public record ChatEnded(
        long tenantId,
        long chatId,
        Instant startedAt,
        @Nullable Instant firstResponseAt,
        Instant closedAt) {

    /**
     * The billed online time: from the first agent message to the end, in minutes begun (a chat of 61 seconds is two
     * minutes); none for a chat nobody answered.
     */
    public long onlineMinutes() {
        if (firstResponseAt == null || !closedAt.isAfter(firstResponseAt)) {
            return firstResponseAt == null ? 0 : 1;
        }
        long seconds = Duration.between(firstResponseAt, closedAt).toSeconds();
        return Math.max(1, (seconds + 59) / 60);
    }
}
