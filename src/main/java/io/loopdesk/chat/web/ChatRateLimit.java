package io.loopdesk.chat.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.loopdesk.chat.ChatProperties;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The chat's allowances per node, as token buckets: at most {@code loopdesk.chat.messages-per-minute} messages per
 * participant (in bursts of up to a tenth of it), and at most {@code loopdesk.chat.starts-per-minute} new chats and
 * left messages per client address (all at once if need be: many visitors share a carrier's or an office's address),
 * so a stuck key or a flooding script can drown neither a chat nor the agents' queue.
 */
@Component
public class ChatRateLimit {

    private final int messagesPerMinute;
    private final int startsPerMinute;
    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().expireAfterAccess(Duration.ofMinutes(10)).build();

    ChatRateLimit(ChatProperties properties) {
        this.messagesPerMinute = properties.messagesPerMinute();
        this.startsPerMinute = properties.startsPerMinute();
    }

    /** Takes one message from the participant's allowance; false when they are over it. */
    public boolean takeMessage(String participant) {
        return take("message:" + participant, messagesPerMinute, Math.max(1, messagesPerMinute / 10));
    }

    /** Takes one new chat or left message from the client address's allowance; false when it is over it. */
    public boolean takeStart(String clientAddress) {
        return take("start:" + clientAddress, startsPerMinute, startsPerMinute);
    }

    private boolean take(String key, int perMinute, int burst) {
        Bucket bucket = buckets.get(
                key,
                id -> Bucket.builder()
                        .addLimit(Bandwidth.builder()
                                .capacity(Math.max(1, burst))
                                .refillGreedy(perMinute, Duration.ofMinutes(1))
                                .build())
                        .build());
        return bucket.tryConsume(1);
    }
}
